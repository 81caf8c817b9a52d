import type { ApplicationForm } from './recruitment-queries.ts';

/** What the applicant knows the program as: its product name, else the workspace's name. */
export function programName(form: ApplicationForm): string {
  return form.workspace.productName ?? form.workspace.name;
}
