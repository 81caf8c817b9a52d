ALTER TABLE "workspaces" ADD COLUMN "product_name" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "primary_color" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "logo_content_type" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;