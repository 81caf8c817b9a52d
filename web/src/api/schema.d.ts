// Generated from the server's OpenAPI document by `npm run generate:api -w web`. Do not edit:
// `npm run check:api -w web` (part of the build) fails when this file and the API disagree.
export interface paths {
    "/api/v1/agreement-acceptances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acceptances, newest first: a partner's own; every partner's with agreements:manage */
        get: operations["listAgreementAcceptances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-acceptances/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF stored at acceptance (application/pdf); its SHA-256 is the pdfSha256 */
        get: operations["downloadAgreementAcceptancePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner agreements, newest first (needs agreements:manage) */
        get: operations["listAgreementTemplates"];
        put?: never;
        /** Create a partner agreement for some regions and partner types (empty: all) */
        post: operations["createAgreementTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one partner agreement */
        get: operations["getAgreementTemplate"];
        put?: never;
        post?: never;
        /** Delete a partner agreement that was never published (else archive it); send If-Match */
        delete: operations["deleteAgreementTemplate"];
        options?: never;
        head?: never;
        /** Change or archive a partner agreement; send If-Match with its ETag */
        patch: operations["updateAgreementTemplate"];
        trace?: never;
    };
    "/api/v1/agreement-templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement's versions, newest first, drafts included */
        get: operations["listAgreementVersions"];
        put?: never;
        /** Start the next version as a draft (one draft at a time) */
        post: operations["createAgreementVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft; a published version never changes (409) */
        patch: operations["updateAgreementVersion"];
        trace?: never;
    };
    "/api/v1/agreement-versions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the latest version of an agreement for your organisation (partner admins); stores a PDF of the exact text, signer, time, IP and the text's SHA-256 */
        post: operations["acceptAgreementVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-versions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: it becomes immutable and the partners it applies to are asked to accept it. Text the PDF cannot print (outside Western European WinAnsi) is refused with 422 */
        post: operations["publishAgreementVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published agreements your organisation still has to accept (a partner's view) */
        get: operations["listPendingAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; the secret is in this response only
         * @description Use it as `Authorization: Bearer trl_…`. It acts with your role, narrowed to its scopes.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; it stops working at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, with filters */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password; sets the session cookie
         * @description Attempts are throttled per IP address; five wrong passwords lock the account for 15 minutes. When the account has an authenticator app, the session can only complete the challenge at /auth/mfa.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish signing in with the code from the authenticator app */
        post: operations["completeMfaChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password reset link
         * @description Answers 202 whether or not the address has an account.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the token from the reset e-mail */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automation rules, newest first */
        get: operations["listAutomationRules"];
        put?: never;
        /**
         * Add a rule: when an event happens and its condition holds, do its actions
         * @description Rules do not react to events their own actions cause (a task a rule created), so they cannot loop. Each action may wait (`delaySeconds`) and then run only if the condition still holds (`recheckCondition`).
         */
        post: operations["createAutomationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one automation rule */
        get: operations["getAutomationRule"];
        put?: never;
        post?: never;
        /** Delete an automation rule with its run log; its waiting actions do not run */
        delete: operations["deleteAutomationRule"];
        options?: never;
        head?: never;
        /** Change, switch off or on an automation rule; send If-Match with its ETag */
        patch: operations["updateAutomationRule"];
        trace?: never;
    };
    "/api/v1/automation-rules/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rule's run log, newest first: each matching event's actions and their outcome */
        get: operations["listAutomationRuleRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation-rules/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run: would this sample event match, and what would the actions do? Changes nothing */
        post: operations["testAutomationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events rules can listen for and the actions they can take, with parameter schemas */
        get: operations["getAutomationCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's Slack and Teams integrations (URLs masked) */
        get: operations["listChatIntegrations"];
        put?: never;
        /**
         * Connect a Slack or Microsoft Teams channel through its incoming-webhook URL
         * @description Slack URLs are `https://hooks.slack.com/services/…`; Teams URLs are `https://<tenant>.webhook.office.com/…` or a Workflows (`https://….logic.azure.com/…`) URL. Installs that allow private networks (WEBHOOKS_ALLOW_PRIVATE_NETWORKS) accept any http(s) URL, e.g. a Slack-compatible server: the kind decides the message format, not the host.
         */
        post: operations["createChatIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat-integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one chat integration */
        get: operations["getChatIntegration"];
        put?: never;
        post?: never;
        /** Disconnect a chat integration; send If-Match */
        delete: operations["deleteChatIntegration"];
        options?: never;
        head?: never;
        /** Rename, re-point, filter, disable or re-enable a chat integration; send If-Match */
        patch: operations["updateChatIntegration"];
        trace?: never;
    };
    "/api/v1/chat-integrations/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message now and return what Slack or Teams answered
         * @description The only synchronous send; event messages go out in the background. Disabled integrations are tested too.
         */
        post: operations["testChatIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compliance submissions, newest first, history included: a partner's own; every partner's with compliance:read */
        get: operations["listComplianceDocuments"];
        put?: never;
        /** Submit a document (PDF, PNG or JPEG, at most 10 MB, checked by its content) for a requirement that applies to your organisation; replaces a submission still waiting for review */
        post: operations["submitComplianceDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-documents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submission waiting for review (needs compliance:manage) */
        post: operations["approveComplianceDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submitted file, byte for byte (its own partner and compliance reviewers); its SHA-256 is `sha256` */
        get: operations["downloadComplianceDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-documents/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submission waiting for review, saying why (needs compliance:manage) */
        post: operations["rejectComplianceDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compliance requirements catalogue, newest first (needs compliance:read) */
        get: operations["listComplianceRequirements"];
        put?: never;
        /** Add a requirement for some regions and partner types (empty: all) */
        post: operations["createComplianceRequirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-requirements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one compliance requirement */
        get: operations["getComplianceRequirement"];
        put?: never;
        post?: never;
        /** Delete a requirement nobody has submitted against (409 otherwise); send If-Match */
        delete: operations["deleteComplianceRequirement"];
        options?: never;
        head?: never;
        /** Change a compliance requirement; send If-Match with its ETag */
        patch: operations["updateComplianceRequirement"];
        trace?: never;
    };
    "/api/v1/compliance/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner you see with its compliance, newest partner first (needs compliance:read) */
        get: operations["listPartnerCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner's compliance: each requirement that applies and where it stands (a partner: its own) */
        get: operations["getPartnerCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/partners/{id}/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen a partner's names against the current sanctions list now */
        post: operations["screenPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's customer accounts, newest first, with their open opportunities */
        get: operations["listCustomerAccounts"];
        put?: never;
        /** Add a customer account; direct-only accounts cannot be registered by partners */
        post: operations["createCustomerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer account */
        get: operations["getCustomerAccount"];
        put?: never;
        post?: never;
        /** Delete an account without opportunities (409 otherwise); send If-Match */
        delete: operations["deleteCustomerAccount"];
        options?: never;
        head?: never;
        /** Change a customer account, or reserve it for direct sales; send If-Match with its ETag */
        patch: operations["updateCustomerAccount"];
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's opportunities, newest first */
        get: operations["listCustomerOpportunities"];
        put?: never;
        /** Add an opportunity to an account; an open one makes registrations for it conflicts */
        post: operations["createCustomerOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update accounts (and opportunities) from a CSV or XLSX file; any bad row and nothing is written (422 listing rows.N.column) */
        post: operations["importCustomerAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an opportunity; send If-Match */
        delete: operations["deleteCustomerOpportunity"];
        options?: never;
        head?: never;
        /** Change an opportunity (stage, amount, open or closed); send If-Match with its ETag */
        patch: operations["updateCustomerOpportunity"];
        trace?: never;
    };
    "/api/v1/deal-approval-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations waiting on a level you may decide, the most urgent first */
        get: operations["listDealApprovalQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your credit lines on deals, including those other partners registered (partners) */
        get: operations["listDealCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Disputes you can see, newest first: a partner its own, vendor staff all (by region) */
        get: operations["listDealDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dispute with its evidence and comments (partners never see internal comments) */
        get: operations["getDealDispute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-disputes/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence or a comment to an open dispute */
        post: operations["commentOnDealDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-disputes/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold or dismiss a dispute with a rationale (channel lead); upholding updates the registrations */
        post: operations["decideDealDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pipeline by stage (amounts per currency), conversion, win rate and velocity */
        get: operations["getDealPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registration-extensions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant an extension: the protection window moves out by the requested days */
        post: operations["approveDealExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registration-extensions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an extension, with a note the partner reads */
        post: operations["rejectDealExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registration-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How registrations are approved, protected, extended and flagged as stale */
        get: operations["getDealRegistrationSettings"];
        /** Set the approval levels, auto-approval, protection, extension and stale-alert rules */
        put: operations["updateDealRegistrationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations you can see, newest first: a partner its own, vendor staff all (by region) */
        get: operations["listDealRegistrations"];
        put?: never;
        /** Register a customer opportunity (partners); it is checked for conflicts and routed for approval */
        post: operations["registerDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registration with its conflicts (a partner reads only why, never whose) */
        get: operations["getDealRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the waiting level; after the last level the registration is protected */
        post: operations["approveDealRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute a registration’s rejection or its conflict (not first-in), with evidence */
        post: operations["openDealDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for more protection time on an approved registration (partners) */
        post: operations["requestDealExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the approver’s question (partners), optionally correcting the registration */
        post: operations["provideDealInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the partners sharing a deal and their credit (vendor staff; shares sum to 100) */
        put: operations["setDealPartners"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the registration with a reason the partner reads */
        post: operations["rejectDealRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the partner a question; the SLA pauses until it answers */
        post: operations["requestDealInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an approved registration along the pipeline; won and lost are final */
        post: operations["moveDealStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your registration (partners); the customer is free again */
        post: operations["withdrawDealRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/conflict-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a registration of this customer would collide with; nothing is saved */
        post: operations["checkDealConflicts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's outgoing e-mail and its delivery status
         * @description Without an SMTP server configured, messages are held here so a demo works offline.
         */
        get: operations["listEmailOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ideal-partner-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the program looks for in new partners, and what the application form offers */
        get: operations["getIdealPartnerProfile"];
        /** Save the Ideal Partner Profile; send If-Match with its ETag. Open applications keep their scores until rescored */
        put: operations["updateIdealPartnerProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations you can manage */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by e-mail; the link is valid for 7 days */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation, choose a password and sign in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their organisation and permissions */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name or language */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding an authenticator app */
        post: operations["startTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator app with a current code; sign-in asks for it from now on */
        post: operations["confirmTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn off the authenticator app, confirming with a current code */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; your other sessions end */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which events reach you on which channel */
        get: operations["getNotificationPreferences"];
        /** Turn event types on or off per channel */
        put: operations["setNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread (the bell) */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners' onboarding progress, newest first: a partner sees its own */
        get: operations["listOnboardingEnrolments"];
        put?: never;
        /** Start onboarding for a partner (needs onboarding:manage); 409 while one is running */
        post: operations["startOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner's onboarding progress with its steps */
        get: operations["getOnboardingEnrolment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding journeys, newest first (needs onboarding:manage) */
        get: operations["listOnboardingJourneys"];
        put?: never;
        /** Create an onboarding journey for some partner types and tiers (empty: all) */
        post: operations["createOnboardingJourney"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-journeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one onboarding journey */
        get: operations["getOnboardingJourney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or archive an onboarding journey; running enrolments keep their steps. Send If-Match with its ETag */
        patch: operations["updateOnboardingJourney"];
        trace?: never;
    };
    "/api/v1/onboarding-steps/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a custom or course step: a partner admin its own organisation's, onboarding managers any partner's */
        post: operations["completeOnboardingStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completion rate, median days to complete and time-to-first-deal, overall and per journey */
        get: operations["getOnboardingMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the vendor and the partner organisations you can see */
        get: operations["listOrganisations"];
        put?: never;
        /** Add a partner organisation */
        post: operations["createPartnerOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation; send If-Match with its ETag to avoid overwriting others */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a partner's contacts */
        get: operations["listPartnerContacts"];
        put?: never;
        /** Add a contact at a partner */
        post: operations["createPartnerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact */
        delete: operations["deletePartnerContact"];
        options?: never;
        head?: never;
        /** Change a contact; send If-Match with its ETag to avoid overwriting others */
        patch: operations["updatePartnerContact"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's health score (0–100) with its components (vendor staff) */
        get: operations["getPartnerHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/offboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offboard a partner: its people and API keys lose access at once, its webhooks stop; its data is kept */
        post: operations["offboardPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an offboarded partner: its active people may sign in again */
        post: operations["reactivatePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner’s tier, benefits, pending downgrade and progress towards the next tier */
        get: operations["getPartnerTierStatus"];
        /** Set a partner’s tier by hand with a reason, optionally locked against evaluation */
        put: operations["setPartnerTier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/tier-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner’s tier history, newest first */
        get: operations["listPartnerTierChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/tier-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate one partner’s tier now */
        post: operations["evaluatePartnerTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/duplicate-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Existing partners a new company may duplicate: same domain, same or similar name */
        get: operations["findDuplicateCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the partner directory as CSV (vendor staff), with the same filters as the list */
        get: operations["exportOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner applications, newest or best fit first */
        get: operations["listPartnerApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its score breakdown and partners it may duplicate */
        get: operations["getPartnerApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: creates the partner organisation and invites the applicant as its partner admin (409 once decided) */
        post: operations["approvePartnerApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a message that is e-mailed to the applicant (409 once decided) */
        post: operations["rejectPartnerApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/rescore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score every open application again against the current Ideal Partner Profile */
        post: operations["rescorePartnerApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health scores of several partners at once, e.g. a page of the directory (vendor staff) */
        get: operations["listPartnerHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past and running partner imports, newest first */
        get: operations["listPartnerImports"];
        put?: never;
        /** Upload a CSV or XLSX file of partners; answers with the columns and a proposed mapping */
        post: operations["uploadPartnerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with its status, progress and counts (poll it while it runs) */
        get: operations["getPartnerImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide on proposed duplicates (merge, create, skip) and import the checked rows */
        post: operations["applyPartnerImportDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/invalid-rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the rows that could not be imported as CSV, with a column saying why */
        get: operations["downloadPartnerImportInvalidRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set which column fills which profile field, and check every row */
        put: operations["confirmPartnerImportMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checked rows in file order: problems per field, proposed duplicates, decisions, outcomes */
        get: operations["listPartnerImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regions of the partners you can see, with how many partners each */
        get: operations["listPartnerRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-tier-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate every active partner now, as the nightly run does; answers what changed */
        post: operations["evaluatePartnerTiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-tier-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner metrics tier rules can use */
        get: operations["listPartnerTierMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-tier-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How tiering behaves in this workspace (the downgrade grace period) */
        get: operations["getPartnerTierSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the downgrade grace period (needs tiers:manage); send If-Match */
        patch: operations["updatePartnerTierSettings"];
        trace?: never;
    };
    "/api/v1/partner-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner programme’s tiers, best first, with their benefits and rules */
        get: operations["listPartnerTiers"];
        put?: never;
        /** Add a tier (needs tiers:manage) */
        post: operations["createPartnerTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one tier */
        get: operations["getPartnerTier"];
        put?: never;
        post?: never;
        /** Delete a tier no partner holds or is heading for; send If-Match */
        delete: operations["deletePartnerTier"];
        options?: never;
        head?: never;
        /** Change a tier’s name, rank, benefits or rules; send If-Match */
        patch: operations["updatePartnerTier"];
        trace?: never;
    };
    "/api/v1/public/workspaces/{slug}/partner-application-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner program's public application form: its branding and the choices it offers */
        get: operations["getPartnerApplicationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/workspaces/{slug}/partner-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to join a partner program (no sign-in; throttled per IP address)
         * @description The applicant receives a confirmation e-mail in `locale`; the channel team is notified. A request with the hidden `url` field filled in is answered alike and dropped.
         */
        post: operations["submitPartnerApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules-of-engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published rules of engagement and the customers reserved for direct sales (names only); any signed-in user */
        get: operations["getRulesOfEngagement"];
        /** Publish new rules of engagement (Markdown) at once; every partner's admins are told */
        put: operations["publishRulesOfEngagement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions-hits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner names that resembled a sanctions list entry, newest first */
        get: operations["listSanctionsHits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions-hits/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a match as a false positive, with a note */
        post: operations["clearSanctionsHit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions-hits/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a match, with a note: the partner is put on compliance hold (non-compliant) */
        post: operations["confirmSanctionsHit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sanctions list partners are screened against: when and what was uploaded */
        get: operations["getSanctionsList"];
        /** Replace the sanctions list with a CSV (name, aliases, country, source, reference); every partner is then screened */
        put: operations["uploadSanctionsList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved views of a list, by name */
        get: operations["listSavedViews"];
        put?: never;
        /** Save the current filters of a list under a name */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved view */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        /** Rename a saved view or change its filters */
        patch: operations["updateSavedView"];
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tasks, newest first; tasks:assign holders may list anyone they can see */
        get: operations["listTasks"];
        put?: never;
        /** Create a task for yourself, or assign one (needs tasks:assign) */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a task or its status; send If-Match with its ETag */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users you can see */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, role, regions or status */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its payload and every attempt */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or failed delivery again, in the background */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's webhook endpoints (never their secrets) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint; the signing secret is in this response only
         * @description Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`) and retried with backoff for about a day.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint with its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change, disable or re-enable a webhook endpoint; send If-Match with its ETag */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the old one keeps signing for 24 hours */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types an endpoint can subscribe to */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get your workspace: its name and branding */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the product name and primary colour shown in the portal and e-mails */
        patch: operations["updateWorkspaceBranding"];
        trace?: never;
    };
    "/api/v1/workspace/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the logo (PNG, JPEG or WebP, at most 256 KB) as a data URL */
        put: operations["uploadWorkspaceLogo"];
        post?: never;
        /** Remove the logo; the product name is shown alone */
        delete: operations["removeWorkspaceLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgreementAcceptance: {
            /** Format: date-time */
            acceptedAt: string;
            id: string;
            ip: string | null;
            organisationId: string;
            organisationName: string;
            /** @description SHA-256 (hex) of the PDF; compare it with the downloaded file */
            pdfSha256: string;
            signerEmail: string;
            signerName: string;
            templateId: string;
            templateName: string;
            /** @description SHA-256 (hex) of the title, a blank line and the body, as UTF-8 */
            textSha256: string;
            userAgent: string | null;
            userId: string;
            versionId: string;
            versionNumber: number;
            versionTitle: string;
        };
        AgreementAcceptanceInput: {
            /** Format: date-time */
            acceptedAt: string;
            id: string;
            ip: string | null;
            organisationId: string;
            organisationName: string;
            /** @description SHA-256 (hex) of the PDF; compare it with the downloaded file */
            pdfSha256: string;
            signerEmail: string;
            signerName: string;
            templateId: string;
            templateName: string;
            /** @description SHA-256 (hex) of the title, a blank line and the body, as UTF-8 */
            textSha256: string;
            userAgent: string | null;
            userId: string;
            versionId: string;
            versionNumber: number;
            versionTitle: string;
        };
        AgreementTemplate: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            /** @description Partners must accept it before they may work with the program */
            isMandatory: boolean;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @description Regions it applies to; empty: every region */
            regions: string[];
            /** @enum {string} */
            status: "active" | "archived";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AgreementTemplateInput: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            /** @description Partners must accept it before they may work with the program */
            isMandatory: boolean;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @description Regions it applies to; empty: every region */
            regions: string[];
            /** @enum {string} */
            status: "active" | "archived";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AgreementVersion: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            number: number;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            templateId: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AgreementVersionInput: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            number: number;
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            templateId: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            organisationId: string;
            /** @description First characters of the key, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
        };
        ApiKeyInput: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            organisationId: string;
            /** @description First characters of the key, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
        };
        ApplicationReceipt: {
            /** @constant */
            status: "received";
        };
        ApplicationReceiptInput: {
            /** @constant */
            status: "received";
        };
        AuditEvent: {
            action: string;
            actorId: string | null;
            /** @enum {string} */
            actorType: "user" | "api_key" | "system";
            after: unknown | null;
            before: unknown | null;
            entityId: string;
            entityType: string;
            hash: string;
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            organisationId: string | null;
            requestId: string | null;
            sequence: number;
        };
        AuditEventInput: {
            action: string;
            actorId: string | null;
            /** @enum {string} */
            actorType: "user" | "api_key" | "system";
            after: unknown | null;
            before: unknown | null;
            entityId: string;
            entityType: string;
            hash: string;
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            organisationId: string | null;
            requestId: string | null;
            sequence: number;
        };
        AutomationCatalogue: {
            actions: {
                description: string;
                /** @description JSON Schema of the parameters */
                parameters: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                runsIn: "transaction" | "background";
                type: string;
            }[];
            /** @description JSON Schema of `delaySeconds` and `recheckCondition`, which every action may carry */
            actionTiming: {
                [key: string]: unknown;
            };
            eventTypes: {
                /** @description Whether delayed actions may recheck the condition for this event */
                canRecheck: boolean;
                description: string;
                entityType: string;
                type: string;
            }[];
        };
        AutomationCatalogueInput: {
            actions: {
                description: string;
                /** @description JSON Schema of the parameters */
                parameters: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                runsIn: "transaction" | "background";
                type: string;
            }[];
            /** @description JSON Schema of `delaySeconds` and `recheckCondition`, which every action may carry */
            actionTiming: {
                [key: string]: unknown;
            };
            eventTypes: {
                /** @description Whether delayed actions may recheck the condition for this event */
                canRecheck: boolean;
                description: string;
                entityType: string;
                type: string;
            }[];
        };
        AutomationRule: {
            actions: ({
                /** @description An action type from GET /automation/catalogue */
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description JSON Logic; null means always */
            condition: unknown;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            eventType: string;
            id: string;
            isEnabled: boolean;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AutomationRuleInput: {
            actions: ({
                /** @description An action type from GET /automation/catalogue */
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description JSON Logic; null means always */
            condition: unknown;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            eventType: string;
            id: string;
            isEnabled: boolean;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AutomationRuleRun: {
            actionIndex: number;
            actionType: string;
            /** Format: date-time */
            createdAt: string;
            eventId: string;
            executedAt: string | null;
            id: string;
            message: string | null;
            ruleId: string;
            scheduledFor: string | null;
            /** @enum {string} */
            status: "scheduled" | "succeeded" | "skipped" | "failed";
        };
        AutomationRuleRunInput: {
            actionIndex: number;
            actionType: string;
            /** Format: date-time */
            createdAt: string;
            eventId: string;
            executedAt: string | null;
            id: string;
            message: string | null;
            ruleId: string;
            scheduledFor: string | null;
            /** @enum {string} */
            status: "scheduled" | "succeeded" | "skipped" | "failed";
        };
        AutomationRuleTestResult: {
            /** @description The actions that would run; empty when the condition does not hold */
            actions: {
                delaySeconds: number;
                index: number;
                /** @description What it would do, with placeholders filled from the sample */
                preview: string;
                recheckCondition: boolean;
                type: string;
            }[];
            /** @description Whether the condition holds for the sample */
            matches: boolean;
        };
        AutomationRuleTestResultInput: {
            /** @description The actions that would run; empty when the condition does not hold */
            actions: {
                delaySeconds: number;
                index: number;
                /** @description What it would do, with placeholders filled from the sample */
                preview: string;
                recheckCondition: boolean;
                type: string;
            }[];
            /** @description Whether the condition holds for the sample */
            matches: boolean;
        };
        ChatIntegration: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: string[];
            id: string;
            /**
             * @description Decides the message format: Block Kit for Slack, an Adaptive Card for Teams
             * @enum {string}
             */
            kind: "slack" | "teams";
            /** @description Why the last message failed; cleared by the next success */
            lastError: string | null;
            /** @description Enough of the URL to recognise it; the whole URL is never returned */
            maskedWebhookUrl: string;
            name: string;
            organisationId: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ChatIntegrationInput: {
            /** Format: date-time */
            createdAt: string;
            eventTypes: string[];
            id: string;
            /**
             * @description Decides the message format: Block Kit for Slack, an Adaptive Card for Teams
             * @enum {string}
             */
            kind: "slack" | "teams";
            /** @description Why the last message failed; cleared by the next success */
            lastError: string | null;
            /** @description Enough of the URL to recognise it; the whole URL is never returned */
            maskedWebhookUrl: string;
            name: string;
            organisationId: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ChatTestResult: {
            error: string | null;
            /** @description The answer said the webhook is gone (e.g. channel archived), so the integration was disabled */
            isIntegrationDisabled: boolean;
            /** @enum {string} */
            outcome: "delivered" | "failed";
            /** @description The first 1 KiB of what Slack or Teams answered */
            responseBody: string;
            /** @description Null when no HTTP answer arrived */
            statusCode: number | null;
        };
        ChatTestResultInput: {
            error: string | null;
            /** @description The answer said the webhook is gone (e.g. channel archived), so the integration was disabled */
            isIntegrationDisabled: boolean;
            /** @enum {string} */
            outcome: "delivered" | "failed";
            /** @description The first 1 KiB of what Slack or Teams answered */
            responseBody: string;
            /** @description Null when no HTTP answer arrived */
            statusCode: number | null;
        };
        ComplianceDocument: {
            contentType: string | null;
            /** @description The first day it is no longer valid; null: no expiry */
            expiresOn: string | null;
            /** @description Null for an attestation without a file */
            fileName: string | null;
            id: string;
            issuedOn: string | null;
            organisationId: string;
            rejectionReason: string | null;
            requirementId: string;
            reviewedAt: string | null;
            reviewedById: string | null;
            /** @description SHA-256 (hex) of the file; compare it with the download */
            sha256: string | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected" | "expired" | "superseded";
            /** Format: date-time */
            submittedAt: string;
            submittedById: string;
            version: number;
        };
        ComplianceDocumentInput: {
            contentType: string | null;
            /** @description The first day it is no longer valid; null: no expiry */
            expiresOn: string | null;
            /** @description Null for an attestation without a file */
            fileName: string | null;
            id: string;
            issuedOn: string | null;
            organisationId: string;
            rejectionReason: string | null;
            requirementId: string;
            reviewedAt: string | null;
            reviewedById: string | null;
            /** @description SHA-256 (hex) of the file; compare it with the download */
            sha256: string | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected" | "expired" | "superseded";
            /** Format: date-time */
            submittedAt: string;
            submittedById: string;
            version: number;
        };
        ComplianceRequirement: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            /** @description False: the partner attests without a file */
            isDocumentRequired: boolean;
            /** @description A partner missing it, or holding an expired one, is non-compliant */
            isMandatory: boolean;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @description Regions it applies to; empty: every region */
            regions: string[];
            /** @description Days before expiry the partner's admins are reminded */
            reminderDaysBeforeExpiry: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description Months an approved submission stays valid; null: no expiry */
            validityMonths: number | null;
            version: number;
        };
        ComplianceRequirementInput: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            /** @description False: the partner attests without a file */
            isDocumentRequired: boolean;
            /** @description A partner missing it, or holding an expired one, is non-compliant */
            isMandatory: boolean;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @description Regions it applies to; empty: every region */
            regions: string[];
            /** @description Days before expiry the partner's admins are reminded */
            reminderDaysBeforeExpiry: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description Months an approved submission stays valid; null: no expiry */
            validityMonths: number | null;
            version: number;
        };
        CreatedApiKey: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            organisationId: string;
            /** @description First characters of the key, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
            /** @description The key itself. Shown this once; store it now. */
            secret: string;
        };
        CreatedApiKeyInput: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            organisationId: string;
            /** @description First characters of the key, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
            /** @description The key itself. Shown this once; store it now. */
            secret: string;
        };
        CreatedWebhookEndpoint: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @description The signing secret (`whsec_…`). Shown this once; store it now. */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        CreatedWebhookEndpointInput: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @description The signing secret (`whsec_…`). Shown this once; store it now. */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        CustomerAccount: {
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            directOnlyReason: string | null;
            /** @description Registrable domains, such as "acme.co.uk" */
            domains: string[];
            /** @description The CRM's id; re-importing updates by it */
            externalId: string | null;
            id: string;
            /** @description Reserved for direct sales: partners cannot register deals for this customer */
            isDirectOnly: boolean;
            name: string;
            /** @description Total amount of the open opportunities, per currency */
            openAmounts: {
                amount: number;
                currency: string;
            }[];
            openOpportunityCount: number;
            /** @description The owner's name as the CRM gave it */
            ownerName: string | null;
            /** @description The vendor user who owns the account */
            ownerUserId: string | null;
            /** @enum {string} */
            source: "import" | "api" | "crm";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CustomerAccountImportResult: {
            accountsCreated: number;
            accountsUpdated: number;
            opportunitiesCreated: number;
            opportunitiesUpdated: number;
            rowCount: number;
        };
        CustomerAccountImportResultInput: {
            accountsCreated: number;
            accountsUpdated: number;
            opportunitiesCreated: number;
            opportunitiesUpdated: number;
            rowCount: number;
        };
        CustomerAccountInput: {
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            directOnlyReason: string | null;
            /** @description Registrable domains, such as "acme.co.uk" */
            domains: string[];
            /** @description The CRM's id; re-importing updates by it */
            externalId: string | null;
            id: string;
            /** @description Reserved for direct sales: partners cannot register deals for this customer */
            isDirectOnly: boolean;
            name: string;
            /** @description Total amount of the open opportunities, per currency */
            openAmounts: {
                amount: number;
                currency: string;
            }[];
            openOpportunityCount: number;
            /** @description The owner's name as the CRM gave it */
            ownerName: string | null;
            /** @description The vendor user who owns the account */
            ownerUserId: string | null;
            /** @enum {string} */
            source: "import" | "api" | "crm";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CustomerOpportunity: {
            accountId: string;
            amount: number | null;
            closeDate: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string | null;
            externalId: string | null;
            id: string;
            isOpen: boolean;
            name: string;
            ownerName: string | null;
            stage: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CustomerOpportunityInput: {
            accountId: string;
            amount: number | null;
            closeDate: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string | null;
            externalId: string | null;
            id: string;
            isOpen: boolean;
            name: string;
            ownerName: string | null;
            stage: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DuplicateCandidate: {
            organisation: components["schemas"]["Organisation"];
            /** @enum {string} */
            reason: "same_domain" | "same_name" | "similar_name";
            /** @description 1 for exact matches, the trigram similarity of the names otherwise */
            score: number;
        };
        DuplicateCandidateInput: {
            organisation: components["schemas"]["OrganisationInput"];
            /** @enum {string} */
            reason: "same_domain" | "same_name" | "similar_name";
            /** @description 1 for exact matches, the trigram similarity of the names otherwise */
            score: number;
        };
        IdealPartnerProfile: {
            criteria: {
                certifications: {
                    preferred: string[];
                    weight: number;
                };
                companySize: {
                    preferred: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001+")[];
                    weight: number;
                };
                industry: {
                    preferred: string[];
                    weight: number;
                };
                partnerType: {
                    preferred: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    weight: number;
                };
                region: {
                    preferred: string[];
                    weight: number;
                };
            };
            /** @description Industries the public application form offers */
            formIndustries: string[];
            /** @description Regions the public application form offers */
            formRegions: string[];
            updatedAt: string | null;
            /** @description 0 until the profile is first saved */
            version: number;
        };
        IdealPartnerProfileInput: {
            criteria: {
                certifications: {
                    preferred: string[];
                    weight: number;
                };
                companySize: {
                    preferred: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001+")[];
                    weight: number;
                };
                industry: {
                    preferred: string[];
                    weight: number;
                };
                partnerType: {
                    preferred: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    weight: number;
                };
                region: {
                    preferred: string[];
                    weight: number;
                };
            };
            /** @description Industries the public application form offers */
            formIndustries: string[];
            /** @description Regions the public application form offers */
            formRegions: string[];
            updatedAt: string | null;
            /** @description 0 until the profile is first saved */
            version: number;
        };
        Invitation: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            invitedBy: string | null;
            name: string | null;
            organisationId: string;
            regions: string[] | null;
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        InvitationInput: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            invitedBy: string | null;
            name: string | null;
            organisationId: string;
            regions: string[] | null;
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        LoginResult: {
            csrfToken: string;
            /** @description When true, POST the authenticator code to /api/v1/auth/mfa next */
            isMfaRequired: boolean;
            me: components["schemas"]["Me"] | null;
        };
        LoginResultInput: {
            csrfToken: string;
            /** @description When true, POST the authenticator code to /api/v1/auth/mfa next */
            isMfaRequired: boolean;
            me: components["schemas"]["MeInput"] | null;
        };
        Me: {
            /** @description Roles this person may give when inviting or editing people; empty when they may not */
            assignableRoles: ("owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance")[];
            /** @description Send as X-CSRF-Token on writes made with the session cookie; null for API keys */
            csrfToken: string | null;
            organisation: components["schemas"]["Organisation"];
            permissions: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
            user: components["schemas"]["User"];
        };
        MeInput: {
            /** @description Roles this person may give when inviting or editing people; empty when they may not */
            assignableRoles: ("owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance")[];
            /** @description Send as X-CSRF-Token on writes made with the session cookie; null for API keys */
            csrfToken: string | null;
            organisation: components["schemas"]["OrganisationInput"];
            permissions: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
            user: components["schemas"]["UserInput"];
        };
        Notification: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            isRead: boolean;
            /** @description Path in the web app to open */
            link: string | null;
            title: string;
            /** @description The event type that caused it, e.g. `organisation.created` */
            type: string;
        };
        NotificationInput: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            isRead: boolean;
            /** @description Path in the web app to open */
            link: string | null;
            title: string;
            /** @description The event type that caused it, e.g. `organisation.created` */
            type: string;
        };
        NotificationPreference: {
            /** @enum {string} */
            channel: "in_app" | "email";
            eventType: string;
            /** @description True when no choice was made and the default applies */
            isDefault: boolean;
            isEnabled: boolean;
            label: string;
        };
        NotificationPreferenceInput: {
            /** @enum {string} */
            channel: "in_app" | "email";
            eventType: string;
            /** @description True when no choice was made and the default applies */
            isDefault: boolean;
            isEnabled: boolean;
            label: string;
        };
        NotificationPreferences: {
            data: components["schemas"]["NotificationPreference"][];
        };
        NotificationPreferencesInput: {
            data: components["schemas"]["NotificationPreferenceInput"][];
        };
        OnboardingEnrolment: {
            completedAt: string | null;
            completedSteps: number;
            firstDealRegisteredAt: string | null;
            id: string;
            journeyId: string;
            journeyName: string;
            journeyVersion: number;
            organisationId: string;
            organisationName: string;
            overdueSteps: number;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            steps: components["schemas"]["OnboardingStep"][];
            totalSteps: number;
        };
        OnboardingEnrolmentInput: {
            completedAt: string | null;
            completedSteps: number;
            firstDealRegisteredAt: string | null;
            id: string;
            journeyId: string;
            journeyName: string;
            journeyVersion: number;
            organisationId: string;
            organisationName: string;
            overdueSteps: number;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "in_progress" | "completed";
            steps: components["schemas"]["OnboardingStepInput"][];
            totalSteps: number;
        };
        OnboardingJourney: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @enum {string} */
            status: "active" | "archived";
            steps: components["schemas"]["OnboardingJourneyStep"][];
            /** @description Tiers it applies to; empty: every tier */
            tiers: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; enrolments record the version they started */
            version: number;
        };
        OnboardingJourneyInput: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            /** @description Partner types it applies to; empty: every type */
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            /** @enum {string} */
            status: "active" | "archived";
            steps: components["schemas"]["OnboardingJourneyStepInput"][];
            /** @description Tiers it applies to; empty: every tier */
            tiers: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; enrolments record the version they started */
            version: number;
        };
        OnboardingJourneyStep: {
            /** @description accept_agreement only: this agreement; null means every mandatory agreement */
            agreementTemplateId: string | null;
            description: string | null;
            /** @description Days after the journey starts by which it should be done */
            dueAfterDays: number;
            /** @enum {string} */
            kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
            title: string;
        };
        OnboardingJourneyStepInput: {
            /** @description accept_agreement only: this agreement; null means every mandatory agreement */
            agreementTemplateId: string | null;
            description: string | null;
            /** @description Days after the journey starts by which it should be done */
            dueAfterDays: number;
            /** @enum {string} */
            kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
            title: string;
        };
        OnboardingMetrics: {
            journeys: {
                completed: number;
                /** @description completed / started, 0–1; null when none started */
                completionRate: number | null;
                journeyId: string;
                journeyName: string;
                medianDaysToComplete: number | null;
                started: number;
            }[];
            overall: {
                completed: number;
                /** @description completed / started, 0–1; null when none started */
                completionRate: number | null;
                medianDaysToComplete: number | null;
                /** @description From the start of onboarding to the first deal registration; null: no deals yet */
                medianDaysToFirstDeal: number | null;
                started: number;
                /** @description Enrolments whose partner registered a deal */
                withFirstDeal: number;
            };
        };
        OnboardingMetricsInput: {
            journeys: {
                completed: number;
                /** @description completed / started, 0–1; null when none started */
                completionRate: number | null;
                journeyId: string;
                journeyName: string;
                medianDaysToComplete: number | null;
                started: number;
            }[];
            overall: {
                completed: number;
                /** @description completed / started, 0–1; null when none started */
                completionRate: number | null;
                medianDaysToComplete: number | null;
                /** @description From the start of onboarding to the first deal registration; null: no deals yet */
                medianDaysToFirstDeal: number | null;
                started: number;
                /** @description Enrolments whose partner registered a deal */
                withFirstDeal: number;
            };
        };
        OnboardingStep: {
            agreementTemplateId: string | null;
            completedAt: string | null;
            description: string | null;
            /** Format: date-time */
            dueAt: string;
            id: string;
            /** @description Ticked by a person (custom, course); other kinds complete themselves */
            isManual: boolean;
            /** @description Not done and past its due date */
            isOverdue: boolean;
            /** @enum {string} */
            kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
            position: number;
            title: string;
        };
        OnboardingStepInput: {
            agreementTemplateId: string | null;
            completedAt: string | null;
            description: string | null;
            /** Format: date-time */
            dueAt: string;
            id: string;
            /** @description Ticked by a person (custom, course); other kinds complete themselves */
            isManual: boolean;
            /** @description Not done and past its due date */
            isOverdue: boolean;
            /** @enum {string} */
            kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
            position: number;
            title: string;
        };
        Organisation: {
            capacity: number | null;
            certifications: string[];
            city: string | null;
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            industries: string[];
            /** @enum {string} */
            kind: "vendor" | "partner";
            legalName: string | null;
            /** @description Null for the vendor itself */
            lifecycleStage: ("onboarding" | "active") | null;
            name: string;
            partnerManager: components["schemas"]["PartnerManager"] | null;
            partnerManagerId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            postalCode: string | null;
            region: string | null;
            stateProvince: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            street: string | null;
            tier: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            websiteDomain: string | null;
        };
        OrganisationInput: {
            capacity: number | null;
            certifications: string[];
            city: string | null;
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            industries: string[];
            /** @enum {string} */
            kind: "vendor" | "partner";
            legalName: string | null;
            /** @description Null for the vendor itself */
            lifecycleStage: ("onboarding" | "active") | null;
            name: string;
            partnerManager: components["schemas"]["PartnerManagerInput"] | null;
            partnerManagerId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            postalCode: string | null;
            region: string | null;
            stateProvince: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            street: string | null;
            tier: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            websiteDomain: string | null;
        };
        OutboxEmail: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastError: string | null;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "queued" | "sent" | "failed" | "held";
            subject: string;
            template: string;
            textBody: string;
            toAddress: string;
        };
        OutboxEmailInput: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastError: string | null;
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "queued" | "sent" | "failed" | "held";
            subject: string;
            template: string;
            textBody: string;
            toAddress: string;
        };
        PartnerApplication: {
            applicantEmail: string;
            applicantJobTitle: string;
            applicantName: string;
            certifications: string[];
            companyName: string;
            /** @enum {string} */
            companySize: "1-10" | "11-50" | "51-200" | "201-1000" | "1001+";
            /** Format: date-time */
            consentedAt: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedById: string | null;
            fitScore: number;
            id: string;
            industries: string[];
            locale: string;
            message: string | null;
            /** @description The partner organisation approval created */
            partnerOrganisationId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            region: string;
            rejectionMessage: string | null;
            /** Format: date-time */
            scoredAt: string;
            scoreReasons: {
                /** @enum {string} */
                criterion: "partnerType" | "region" | "industry" | "companySize" | "certifications";
                isMatch: boolean;
                maxPoints: number;
                points: number;
                /** @description The applicant's values that matched, or all of them when none did */
                values: string[];
            }[];
            /** @enum {string} */
            status: "new" | "approved" | "rejected";
            version: number;
            websiteDomain: string;
        };
        PartnerApplicationDetail: {
            applicantEmail: string;
            applicantJobTitle: string;
            applicantName: string;
            certifications: string[];
            companyName: string;
            /** @enum {string} */
            companySize: "1-10" | "11-50" | "51-200" | "201-1000" | "1001+";
            /** Format: date-time */
            consentedAt: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedById: string | null;
            fitScore: number;
            id: string;
            industries: string[];
            locale: string;
            message: string | null;
            /** @description The partner organisation approval created */
            partnerOrganisationId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            region: string;
            rejectionMessage: string | null;
            /** Format: date-time */
            scoredAt: string;
            scoreReasons: {
                /** @enum {string} */
                criterion: "partnerType" | "region" | "industry" | "companySize" | "certifications";
                isMatch: boolean;
                maxPoints: number;
                points: number;
                /** @description The applicant's values that matched, or all of them when none did */
                values: string[];
            }[];
            /** @description Partners already in the directory with the same web domain or a very similar name */
            similarPartners: {
                id: string;
                isSameDomain: boolean;
                name: string;
                /** @description 0–1, trigram similarity of the names */
                nameSimilarity: number;
                websiteDomain: string | null;
            }[];
            /** @enum {string} */
            status: "new" | "approved" | "rejected";
            version: number;
            websiteDomain: string;
        };
        PartnerApplicationDetailInput: {
            applicantEmail: string;
            applicantJobTitle: string;
            applicantName: string;
            certifications: string[];
            companyName: string;
            /** @enum {string} */
            companySize: "1-10" | "11-50" | "51-200" | "201-1000" | "1001+";
            /** Format: date-time */
            consentedAt: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedById: string | null;
            fitScore: number;
            id: string;
            industries: string[];
            locale: string;
            message: string | null;
            /** @description The partner organisation approval created */
            partnerOrganisationId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            region: string;
            rejectionMessage: string | null;
            /** Format: date-time */
            scoredAt: string;
            scoreReasons: {
                /** @enum {string} */
                criterion: "partnerType" | "region" | "industry" | "companySize" | "certifications";
                isMatch: boolean;
                maxPoints: number;
                points: number;
                /** @description The applicant's values that matched, or all of them when none did */
                values: string[];
            }[];
            /** @description Partners already in the directory with the same web domain or a very similar name */
            similarPartners: {
                id: string;
                isSameDomain: boolean;
                name: string;
                /** @description 0–1, trigram similarity of the names */
                nameSimilarity: number;
                websiteDomain: string | null;
            }[];
            /** @enum {string} */
            status: "new" | "approved" | "rejected";
            version: number;
            websiteDomain: string;
        };
        PartnerApplicationForm: {
            companySizes: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001+")[];
            industries: string[];
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            regions: string[];
            workspace: {
                logoUrl: string | null;
                name: string;
                primaryColor: string | null;
                productName: string | null;
            };
        };
        PartnerApplicationFormInput: {
            companySizes: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001+")[];
            industries: string[];
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            regions: string[];
            workspace: {
                logoUrl: string | null;
                name: string;
                primaryColor: string | null;
                productName: string | null;
            };
        };
        PartnerApplicationInput: {
            applicantEmail: string;
            applicantJobTitle: string;
            applicantName: string;
            certifications: string[];
            companyName: string;
            /** @enum {string} */
            companySize: "1-10" | "11-50" | "51-200" | "201-1000" | "1001+";
            /** Format: date-time */
            consentedAt: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedById: string | null;
            fitScore: number;
            id: string;
            industries: string[];
            locale: string;
            message: string | null;
            /** @description The partner organisation approval created */
            partnerOrganisationId: string | null;
            partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
            region: string;
            rejectionMessage: string | null;
            /** Format: date-time */
            scoredAt: string;
            scoreReasons: {
                /** @enum {string} */
                criterion: "partnerType" | "region" | "industry" | "companySize" | "certifications";
                isMatch: boolean;
                maxPoints: number;
                points: number;
                /** @description The applicant's values that matched, or all of them when none did */
                values: string[];
            }[];
            /** @enum {string} */
            status: "new" | "approved" | "rejected";
            version: number;
            websiteDomain: string;
        };
        PartnerCompliance: {
            /** @description Every mandatory requirement that applies is met, and no compliance hold is on the partner */
            isCompliant: boolean;
            /** @description A vendor confirmed a sanctions match for this partner */
            isOnHold: boolean;
            organisationId: string;
            organisationName: string;
            region: string | null;
            requirements: components["schemas"]["RequirementCompliance"][];
            unmetMandatoryCount: number;
        };
        PartnerComplianceInput: {
            /** @description Every mandatory requirement that applies is met, and no compliance hold is on the partner */
            isCompliant: boolean;
            /** @description A vendor confirmed a sanctions match for this partner */
            isOnHold: boolean;
            organisationId: string;
            organisationName: string;
            region: string | null;
            requirements: components["schemas"]["RequirementComplianceInput"][];
            unmetMandatoryCount: number;
        };
        PartnerContact: {
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            id: string;
            /** @description The one contact the vendor reaches first */
            isPrimary: boolean;
            jobTitle: string | null;
            name: string;
            organisationId: string;
            phone: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerContactInput: {
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            id: string;
            /** @description The one contact the vendor reaches first */
            isPrimary: boolean;
            jobTitle: string | null;
            name: string;
            organisationId: string;
            phone: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerHealth: {
            /**
             * @description 70+ healthy, 40–69 at risk, below 40 critical
             * @enum {string}
             */
            band: "healthy" | "at_risk" | "critical";
            components: {
                /** @enum {string} */
                key: "logins" | "onboarding" | "deals" | "recency";
                /** @description 0–1; null: not available yet, left out of the score */
                value: number | null;
                /** @description Its weight before renormalising over the available components */
                weight: number;
            }[];
            metrics: {
                activeUsers: number;
                daysSinceLastActivity: number | null;
                onboardingCompletedSteps: number | null;
                onboardingTotalSteps: number | null;
                /** @description Active people who signed in in the last 30 days */
                usersSignedInRecently: number;
            };
            organisationId: string;
            /** @description 0–100: weighted mean of the available components */
            score: number;
        };
        PartnerHealthInput: {
            /**
             * @description 70+ healthy, 40–69 at risk, below 40 critical
             * @enum {string}
             */
            band: "healthy" | "at_risk" | "critical";
            components: {
                /** @enum {string} */
                key: "logins" | "onboarding" | "deals" | "recency";
                /** @description 0–1; null: not available yet, left out of the score */
                value: number | null;
                /** @description Its weight before renormalising over the available components */
                weight: number;
            }[];
            metrics: {
                activeUsers: number;
                daysSinceLastActivity: number | null;
                onboardingCompletedSteps: number | null;
                onboardingTotalSteps: number | null;
                /** @description Active people who signed in in the last 30 days */
                usersSignedInRecently: number;
            };
            organisationId: string;
            /** @description 0–100: weighted mean of the available components */
            score: number;
        };
        PartnerImport: {
            columns: string[];
            completedAt: string | null;
            counts: {
                created: number;
                duplicates: number;
                invalid: number;
                merged: number;
                skipped: number;
                valid: number;
            };
            /** Format: date-time */
            createdAt: string;
            /** @description Null when started from the command line */
            createdById: string | null;
            failureReason: string | null;
            fileName: string;
            fileSize: number;
            /** @enum {string} */
            format: "csv" | "xlsx";
            id: string;
            mapping: {
                [key: string]: "name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince" | "contactName" | "contactEmail";
            };
            /** @description Duplicates still waiting for a decision */
            pendingDuplicates: number | null;
            progress: {
                done: number;
                total: number;
            };
            rowCount: number | null;
            /** @enum {string} */
            status: "uploaded" | "mapped" | "validating" | "ready_for_review" | "importing" | "completed" | "failed";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerImportInput: {
            columns: string[];
            completedAt: string | null;
            counts: {
                created: number;
                duplicates: number;
                invalid: number;
                merged: number;
                skipped: number;
                valid: number;
            };
            /** Format: date-time */
            createdAt: string;
            /** @description Null when started from the command line */
            createdById: string | null;
            failureReason: string | null;
            fileName: string;
            fileSize: number;
            /** @enum {string} */
            format: "csv" | "xlsx";
            id: string;
            mapping: {
                [key: string]: "name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince" | "contactName" | "contactEmail";
            };
            /** @description Duplicates still waiting for a decision */
            pendingDuplicates: number | null;
            progress: {
                done: number;
                total: number;
            };
            rowCount: number | null;
            /** @enum {string} */
            status: "uploaded" | "mapped" | "validating" | "ready_for_review" | "importing" | "completed" | "failed";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerImportRow: {
            /** @description The row as in the file, for invalid rows */
            cells: string[] | null;
            decision: ("create" | "merge" | "skip") | null;
            errors: {
                column: string | null;
                field: string;
                message: string;
            }[];
            match: {
                candidate: components["schemas"]["Organisation"] | null;
                duplicateOfRow: number | null;
                /** @enum {string} */
                reason: "same_domain" | "same_name" | "similar_name" | "same_domain_in_file" | "same_name_in_file";
                score: number | null;
            } | null;
            outcome: ("created" | "merged" | "skipped") | null;
            overwriteFields: ("name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince")[] | null;
            resultId: string | null;
            rowNumber: number;
            /** @enum {string} */
            status: "valid" | "invalid" | "duplicate";
            values: {
                [key: string]: unknown;
            } | null;
        };
        PartnerImportRowInput: {
            /** @description The row as in the file, for invalid rows */
            cells: string[] | null;
            decision: ("create" | "merge" | "skip") | null;
            errors: {
                column: string | null;
                field: string;
                message: string;
            }[];
            match: {
                candidate: components["schemas"]["OrganisationInput"] | null;
                duplicateOfRow: number | null;
                /** @enum {string} */
                reason: "same_domain" | "same_name" | "similar_name" | "same_domain_in_file" | "same_name_in_file";
                score: number | null;
            } | null;
            outcome: ("created" | "merged" | "skipped") | null;
            overwriteFields: ("name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince")[] | null;
            resultId: string | null;
            rowNumber: number;
            /** @enum {string} */
            status: "valid" | "invalid" | "duplicate";
            values: {
                [key: string]: unknown;
            } | null;
        };
        PartnerManager: {
            email: string;
            id: string;
            name: string;
        };
        PartnerManagerInput: {
            email: string;
            id: string;
            name: string;
        };
        PartnerMetricCatalogue: {
            data: {
                description: string;
                /** @enum {string} */
                key: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
                /** @enum {string} */
                unit: "count" | "months";
            }[];
        };
        PartnerMetricCatalogueInput: {
            data: {
                description: string;
                /** @enum {string} */
                key: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
                /** @enum {string} */
                unit: "count" | "months";
            }[];
        };
        PartnerTier: {
            colour: string | null;
            commissionPercent: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            discountPercent: number;
            id: string;
            isMdfEligible: boolean;
            key: string;
            mdfCap: {
                amount: number;
                currency: string;
            } | null;
            name: string;
            /** @description Higher is better */
            rank: number;
            rules: components["schemas"]["PartnerTierRule"][];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerTierChange: {
            /** Format: date-time */
            changedAt: string;
            changedById: string | null;
            fromTier: string | null;
            id: string;
            metrics: {
                [key: string]: number;
            } | null;
            note: string | null;
            organisationId: string;
            /** @enum {string} */
            reason: "evaluation" | "manual" | "grace_expired";
            toTier: string | null;
        };
        PartnerTierChangeInput: {
            /** Format: date-time */
            changedAt: string;
            changedById: string | null;
            fromTier: string | null;
            id: string;
            metrics: {
                [key: string]: number;
            } | null;
            note: string | null;
            organisationId: string;
            /** @enum {string} */
            reason: "evaluation" | "manual" | "grace_expired";
            toTier: string | null;
        };
        PartnerTierEvaluation: {
            changes: {
                effectiveAt: string | null;
                fromTier: string | null;
                /** @enum {string} */
                kind: "upgrade" | "downgrade_scheduled" | "downgrade_cancelled" | "downgrade_applied";
                organisationId: string;
                organisationName: string;
                toTier: string | null;
            }[];
            evaluated: number;
        };
        PartnerTierEvaluationInput: {
            changes: {
                effectiveAt: string | null;
                fromTier: string | null;
                /** @enum {string} */
                kind: "upgrade" | "downgrade_scheduled" | "downgrade_cancelled" | "downgrade_applied";
                organisationId: string;
                organisationName: string;
                toTier: string | null;
            }[];
            evaluated: number;
        };
        PartnerTierInput: {
            colour: string | null;
            commissionPercent: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            discountPercent: number;
            id: string;
            isMdfEligible: boolean;
            key: string;
            mdfCap: {
                amount: number;
                currency: string;
            } | null;
            name: string;
            /** @description Higher is better */
            rank: number;
            rules: components["schemas"]["PartnerTierRuleInput"][];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartnerTierRule: {
            /** @enum {string} */
            metric: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
            /** @description The metric must be at least this */
            minimum: number;
        };
        PartnerTierRuleInput: {
            /** @enum {string} */
            metric: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
            /** @description The metric must be at least this */
            minimum: number;
        };
        PartnerTierRuleProgress: {
            actual: number;
            isMet: boolean;
            /** @enum {string} */
            metric: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
            /** @description The metric must be at least this */
            minimum: number;
        };
        PartnerTierRuleProgressInput: {
            actual: number;
            isMet: boolean;
            /** @enum {string} */
            metric: "active_users" | "certifications" | "accepted_agreements" | "months_as_partner";
            /** @description The metric must be at least this */
            minimum: number;
        };
        PartnerTierSettings: {
            downgradeGraceDays: number;
            version: number;
        };
        PartnerTierSettingsInput: {
            downgradeGraceDays: number;
            version: number;
        };
        PartnerTierStatus: {
            isLocked: boolean;
            lastEvaluatedAt: string | null;
            metrics: {
                [key: string]: number;
            };
            /** @description The tier just above, with how far each of its rules is met; null at the top */
            nextTier: {
                rules: components["schemas"]["PartnerTierRuleProgress"][];
                tier: components["schemas"]["PartnerTier"];
            } | null;
            organisationId: string;
            /** @description Set while the partner keeps its tier during the grace period */
            pendingDowngrade: {
                /** Format: date-time */
                effectiveAt: string;
                tier: components["schemas"]["PartnerTier"] | null;
            } | null;
            tier: components["schemas"]["PartnerTier"] | null;
        };
        PartnerTierStatusInput: {
            isLocked: boolean;
            lastEvaluatedAt: string | null;
            metrics: {
                [key: string]: number;
            };
            /** @description The tier just above, with how far each of its rules is met; null at the top */
            nextTier: {
                rules: components["schemas"]["PartnerTierRuleProgressInput"][];
                tier: components["schemas"]["PartnerTierInput"];
            } | null;
            organisationId: string;
            /** @description Set while the partner keeps its tier during the grace period */
            pendingDowngrade: {
                /** Format: date-time */
                effectiveAt: string;
                tier: components["schemas"]["PartnerTierInput"] | null;
            } | null;
            tier: components["schemas"]["PartnerTierInput"] | null;
        };
        PendingAgreement: {
            /** @description The organisation accepted an older version: this one asks it to accept again */
            hasAcceptedEarlierVersion: boolean;
            template: components["schemas"]["AgreementTemplate"];
            version: components["schemas"]["AgreementVersion"];
        };
        PendingAgreementInput: {
            /** @description The organisation accepted an older version: this one asks it to accept again */
            hasAcceptedEarlierVersion: boolean;
            template: components["schemas"]["AgreementTemplateInput"];
            version: components["schemas"]["AgreementVersionInput"];
        };
        Problem: {
            /** @description Stable machine-readable code, e.g. `invalid_input` */
            code: string;
            detail?: string;
            /** @description One entry per offending field; `field` is a JSON-pointer-like path such as `body.email` */
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            /** @description URI naming the kind of problem */
            type: string;
        };
        ProblemInput: {
            /** @description Stable machine-readable code, e.g. `invalid_input` */
            code: string;
            detail?: string;
            /** @description One entry per offending field; `field` is a JSON-pointer-like path such as `body.email` */
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            /** @description URI naming the kind of problem */
            type: string;
        };
        RequirementCompliance: {
            approvedDocumentId: string | null;
            /** @description Of the approved submission */
            expiresOn: string | null;
            isMet: boolean;
            /** @description The newest submission, whatever its status */
            latestDocument: components["schemas"]["ComplianceDocument"] | null;
            requirement: components["schemas"]["ComplianceRequirement"];
            /**
             * @description met/expiring: an approved, unexpired submission; otherwise what is missing
             * @enum {string}
             */
            state: "met" | "expiring" | "expired" | "submitted" | "rejected" | "missing";
        };
        RequirementComplianceInput: {
            approvedDocumentId: string | null;
            /** @description Of the approved submission */
            expiresOn: string | null;
            isMet: boolean;
            /** @description The newest submission, whatever its status */
            latestDocument: components["schemas"]["ComplianceDocumentInput"] | null;
            requirement: components["schemas"]["ComplianceRequirementInput"];
            /**
             * @description met/expiring: an approved, unexpired submission; otherwise what is missing
             * @enum {string}
             */
            state: "met" | "expiring" | "expired" | "submitted" | "rejected" | "missing";
        };
        RescoreResult: {
            rescored: number;
        };
        RescoreResultInput: {
            rescored: number;
        };
        RotatedWebhookEndpoint: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @description The signing secret (`whsec_…`). Shown this once; store it now. */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        RotatedWebhookEndpointInput: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @description The signing secret (`whsec_…`). Shown this once; store it now. */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        RulesOfEngagement: {
            /** @description Customers reserved for direct sales, by name and country only */
            directOnlyAccounts: {
                country: string | null;
                name: string;
            }[];
            /** @description The rules as Markdown; null until first published */
            markdown: string | null;
            publishedAt: string | null;
        };
        RulesOfEngagementInput: {
            /** @description Customers reserved for direct sales, by name and country only */
            directOnlyAccounts: {
                country: string | null;
                name: string;
            }[];
            /** @description The rules as Markdown; null until first published */
            markdown: string | null;
            publishedAt: string | null;
        };
        SanctionsHit: {
            /** Format: date-time */
            createdAt: string;
            entryAliases: string[];
            entryCountry: string | null;
            entryName: string;
            entryReference: string | null;
            entrySource: string | null;
            id: string;
            /** @description The list's name or alias it matched */
            matchedName: string;
            organisationId: string;
            organisationName: string;
            resolutionNote: string | null;
            resolvedAt: string | null;
            resolvedById: string | null;
            /** @description Trigram similarity of the normalised names, 0–1 */
            score: number;
            /** @description The partner's name that matched */
            screenedName: string;
            /** @enum {string} */
            status: "open" | "cleared" | "confirmed";
        };
        SanctionsHitInput: {
            /** Format: date-time */
            createdAt: string;
            entryAliases: string[];
            entryCountry: string | null;
            entryName: string;
            entryReference: string | null;
            entrySource: string | null;
            id: string;
            /** @description The list's name or alias it matched */
            matchedName: string;
            organisationId: string;
            organisationName: string;
            resolutionNote: string | null;
            resolvedAt: string | null;
            resolvedById: string | null;
            /** @description Trigram similarity of the normalised names, 0–1 */
            score: number;
            /** @description The partner's name that matched */
            screenedName: string;
            /** @enum {string} */
            status: "open" | "cleared" | "confirmed";
        };
        SanctionsList: {
            /** @description The list partners are screened against; null before the first upload */
            upload: {
                entryCount: number;
                fileName: string;
                id: string;
                /** @description How alike a partner name must be to be a hit (0–1) */
                matchThreshold: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedById: string | null;
            } | null;
        };
        SanctionsListInput: {
            /** @description The list partners are screened against; null before the first upload */
            upload: {
                entryCount: number;
                fileName: string;
                id: string;
                /** @description How alike a partner name must be to be a hit (0–1) */
                matchThreshold: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedById: string | null;
            } | null;
        };
        SanctionsScreeningResult: {
            /** @description Every hit on this partner, new and earlier */
            hits: components["schemas"]["SanctionsHit"][];
            organisationId: string;
            screenedNames: string[];
        };
        SanctionsScreeningResultInput: {
            /** @description Every hit on this partner, new and earlier */
            hits: components["schemas"]["SanctionsHitInput"][];
            organisationId: string;
            screenedNames: string[];
        };
        SavedView: {
            /** Format: date-time */
            createdAt: string;
            filters: {
                country?: string;
                industry?: string;
                /** @enum {string} */
                lifecycleStage?: "onboarding" | "active";
                partnerManagerId?: string;
                /** @enum {string} */
                partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                /** @description Searches name, legal name and website domain, tolerant of typos */
                q?: string;
                region?: string;
                /** @enum {string} */
                status?: "active" | "inactive";
                tier?: string;
            };
            id: string;
            /** @enum {string} */
            list: "partners";
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SavedViewInput: {
            /** Format: date-time */
            createdAt: string;
            filters: {
                country?: string;
                industry?: string;
                /** @enum {string} */
                lifecycleStage?: "onboarding" | "active";
                partnerManagerId?: string;
                /** @enum {string} */
                partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                /** @description Searches name, legal name and website domain, tolerant of typos */
                q?: string;
                region?: string;
                /** @enum {string} */
                status?: "active" | "inactive";
                tier?: string;
            };
            id: string;
            /** @enum {string} */
            list: "partners";
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Task: {
            assigneeId: string;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdById: string | null;
            /**
             * @description `rule` when an automation rule created it; `createdById` is then the rule
             * @enum {string}
             */
            createdByType: "user" | "api_key" | "system" | "rule";
            description: string | null;
            dueAt: string | null;
            entityId: string | null;
            entityType: string | null;
            id: string;
            /** @description The assignee's organisation */
            organisationId: string;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TaskInput: {
            assigneeId: string;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdById: string | null;
            /**
             * @description `rule` when an automation rule created it; `createdById` is then the rule
             * @enum {string}
             */
            createdByType: "user" | "api_key" | "system" | "rule";
            description: string | null;
            dueAt: string | null;
            entityId: string | null;
            entityType: string | null;
            id: string;
            /** @description The assignee's organisation */
            organisationId: string;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TotpEnrolment: {
            /** @description otpauth:// URI, for a QR code */
            otpauthUri: string;
            /** @description Base32 seed, for typing into an authenticator app */
            secret: string;
        };
        TotpEnrolmentInput: {
            /** @description otpauth:// URI, for a QR code */
            otpauthUri: string;
            /** @description Base32 seed, for typing into an authenticator app */
            secret: string;
        };
        UnreadCount: {
            count: number;
        };
        UnreadCountInput: {
            count: number;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: string;
            isMfaEnabled: boolean;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "en" | "de" | "fr" | "es" | "ja";
            name: string;
            organisationId: string;
            /** @description Regions a regional manager covers; null means all */
            regions: string[] | null;
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
            /** @enum {string} */
            status: "active" | "deactivated";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        UserInput: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: string;
            isMfaEnabled: boolean;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "en" | "de" | "fr" | "es" | "ja";
            name: string;
            organisationId: string;
            /** @description Regions a regional manager covers; null means all */
            regions: string[] | null;
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
            /** @enum {string} */
            status: "active" | "deactivated";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        WebhookAttempt: {
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            error: string | null;
            id: string;
            /** @description The first 2 KiB of what the receiver answered */
            responseBody: string | null;
            /** @description Null when no HTTP answer arrived */
            statusCode: number | null;
        };
        WebhookAttemptInput: {
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            error: string | null;
            id: string;
            /** @description The first 2 KiB of what the receiver answered */
            responseBody: string | null;
            /** @description Null when no HTTP answer arrived */
            statusCode: number | null;
        };
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            endpointId: string;
            eventId: string;
            eventType: string;
            /** @description Sent as `webhook-id`; the same on every attempt, so receivers can drop repeats */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryDetail: {
            /** @description Every attempt, oldest first */
            attemptLog: components["schemas"]["WebhookAttempt"][];
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            endpointId: string;
            eventId: string;
            eventType: string;
            /** @description Sent as `webhook-id`; the same on every attempt, so receivers can drop repeats */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @description The JSON body sent */
            payload: unknown;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryDetailInput: {
            /** @description Every attempt, oldest first */
            attemptLog: components["schemas"]["WebhookAttemptInput"][];
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            endpointId: string;
            eventId: string;
            eventType: string;
            /** @description Sent as `webhook-id`; the same on every attempt, so receivers can drop repeats */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @description The JSON body sent */
            payload: unknown;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryInput: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            endpointId: string;
            eventId: string;
            eventType: string;
            /** @description Sent as `webhook-id`; the same on every attempt, so receivers can drop repeats */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookEndpoint: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookEndpointInput: {
            /** @description Failed attempts since the last successful one */
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Who switched a disabled endpoint off: a person, or Trellis because deliveries kept failing */
            disabledBy: ("administrator" | "delivery_failures") | null;
            disabledReason: string | null;
            eventTypes: string[];
            firstFailureAt: string | null;
            id: string;
            organisationId: string;
            /** @description Until then deliveries are also signed with the secret before the last rotation */
            previousSecretExpiresAt: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookEventType: {
            description: string;
            entityType: string;
            /** @description What to put in `eventTypes`, e.g. `organisation.created` */
            type: string;
        };
        WebhookEventTypeInput: {
            description: string;
            entityType: string;
            /** @description What to put in `eventTypes`, e.g. `organisation.created` */
            type: string;
        };
        Workspace: {
            branding: {
                logoUrl: string | null;
                primaryColor: string | null;
                productName: string | null;
            };
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        WorkspaceInput: {
            branding: {
                logoUrl: string | null;
                primaryColor: string | null;
                productName: string | null;
            };
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgreementAcceptances: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Vendor only: one partner */
                organisationId?: string;
                templateId?: string;
                versionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AgreementAcceptance"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    downloadAgreementAcceptancePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The PDF file (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    listAgreementTemplates: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AgreementTemplate"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createAgreementTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @default true */
                    isMandatory?: boolean;
                    name: string;
                    /** @default [] */
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    /** @default [] */
                    regions?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTemplate"];
                };
            };
        };
    };
    getAgreementTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTemplate"];
                };
            };
        };
    };
    deleteAgreementTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateAgreementTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    isMandatory?: boolean;
                    name?: string;
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    regions?: string[];
                    /**
                     * @description `archived` retires it: partners are no longer asked to accept
                     * @enum {string}
                     */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementTemplate"];
                };
            };
        };
    };
    listAgreementVersions: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AgreementVersion"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
        };
    };
    updateAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
        };
    };
    acceptAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    agree: true;
                    /** @description The full name the signer typed, printed on the PDF */
                    signerName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementAcceptance"];
                };
            };
        };
    };
    publishAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
        };
    };
    listPendingAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PendingAgreement"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When the key stops working; never when absent
                     */
                    expiresAt?: string;
                    name: string;
                    scopes: ("workspace:manage" | "organisations:read" | "organisations:manage" | "users:read" | "users:manage" | "invitations:manage" | "api_keys:manage" | "webhooks:manage" | "automation:manage" | "chat:manage" | "tasks:assign" | "audit:read" | "agreements:manage" | "recruitment:manage" | "compliance:read" | "compliance:manage" | "compliance:submit" | "tiers:manage" | "company_profile:edit" | "onboarding:manage" | "onboarding:complete_steps" | "partners:import" | "deals:register" | "deals:read" | "deals:approve" | "deals:dispute" | "deals:manage" | "accounts:read" | "accounts:manage")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Inclusive */
                occurredFrom?: string;
                /** @description Exclusive */
                occurredTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    completeMfaChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description If the address has an account, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listAutomationRules: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AutomationRule"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createAutomationRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Done in order, each at its own delay */
                    actions: ({
                        /** @description An action type from GET /automation/catalogue */
                        type: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @description A JSON Logic expression (jsonlogic.com) over `{ event: { type, entityType, entityId, organisationId, actor: { type, id }, occurredAt }, before, after }`, e.g. `{"==": [{"var": "after.status"}, "inactive"]}`; true, false, or null for always */
                    condition?: unknown;
                    description?: string;
                    /** @description When this event happens; see GET /automation/catalogue */
                    eventType: string;
                    /** @default true */
                    isEnabled?: boolean;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRule"];
                };
            };
        };
    };
    getAutomationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRule"];
                };
            };
        };
    };
    deleteAutomationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateAutomationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions?: ({
                        /** @description An action type from GET /automation/catalogue */
                        type: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @description A JSON Logic expression (jsonlogic.com) over `{ event: { type, entityType, entityId, organisationId, actor: { type, id }, occurredAt }, before, after }`, e.g. `{"==": [{"var": "after.status"}, "inactive"]}`; true, false, or null for always */
                    condition?: unknown;
                    description?: string | null;
                    eventType?: string;
                    /** @description Switching a rule off also skips its actions still waiting to run */
                    isEnabled?: boolean;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRule"];
                };
            };
        };
    };
    listAutomationRuleRuns: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "scheduled" | "succeeded" | "skipped" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AutomationRuleRun"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    testAutomationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The entity after the change */
                    after?: unknown;
                    /** @description The entity before the change, as its events show it */
                    before?: unknown;
                    /** @description Fields left out are filled in: the rule's event type, the current time */
                    event?: {
                        actor?: {
                            id: string | null;
                            type: string;
                        };
                        entityId?: string;
                        entityType?: string;
                        id?: string;
                        occurredAt?: string;
                        organisationId?: string | null;
                        type?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationRuleTestResult"];
                };
            };
        };
    };
    getAutomationCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationCatalogue"];
                };
            };
        };
    };
    listChatIntegrations: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatIntegration"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createChatIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Notification event types to post; an empty list posts every one */
                    eventTypes?: ("organisation.created" | "invitation.accepted" | "api_key.created" | "webhook_endpoint.disabled" | "chat_integration.disabled" | "agreement.acceptance_requested" | "agreement.accepted" | "partner_application.submitted" | "compliance_document.submitted" | "compliance_document.approved" | "compliance_document.rejected" | "compliance_document.expiring" | "compliance_document.expired" | "sanctions_hit.recorded" | "organisation.tier_changed" | "organisation.tier_downgrade_scheduled" | "organisation.tier_downgrade_cancelled" | "organisation.offboarded" | "organisation.reactivated" | "onboarding.started" | "onboarding.milestone_reached" | "onboarding.completed" | "rules_of_engagement.announced" | "deal_registration.created" | "deal_registration.level_approved" | "deal_registration.approved" | "deal_registration.rejected" | "deal_registration.more_info_requested" | "deal_registration.info_provided" | "deal_registration.withdrawn" | "deal_registration.approval_reminder" | "deal_registration.approval_escalated" | "deal_registration.extension_requested" | "deal_registration.extended" | "deal_registration.extension_rejected" | "deal_registration.expired" | "deal_registration.protection_ending" | "deal_registration.stale" | "deal_dispute.opened" | "deal_dispute.commented" | "deal_dispute.decided" | "deal_registration.returned_to_approval" | "deal_registration.first_in_changed" | "deal_registration.won" | "deal_registration.lost" | "deal_registration.partners_updated")[];
                    /** @enum {string} */
                    kind: "slack" | "teams";
                    name: string;
                    /** @description The incoming-webhook URL from Slack or Teams. A credential: stored encrypted, shown masked afterwards */
                    webhookUrl: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatIntegration"];
                };
            };
        };
    };
    getChatIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatIntegration"];
                };
            };
        };
    };
    deleteChatIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateChatIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Notification event types to post; an empty list posts every one */
                    eventTypes?: ("organisation.created" | "invitation.accepted" | "api_key.created" | "webhook_endpoint.disabled" | "chat_integration.disabled" | "agreement.acceptance_requested" | "agreement.accepted" | "partner_application.submitted" | "compliance_document.submitted" | "compliance_document.approved" | "compliance_document.rejected" | "compliance_document.expiring" | "compliance_document.expired" | "sanctions_hit.recorded" | "organisation.tier_changed" | "organisation.tier_downgrade_scheduled" | "organisation.tier_downgrade_cancelled" | "organisation.offboarded" | "organisation.reactivated" | "onboarding.started" | "onboarding.milestone_reached" | "onboarding.completed" | "rules_of_engagement.announced" | "deal_registration.created" | "deal_registration.level_approved" | "deal_registration.approved" | "deal_registration.rejected" | "deal_registration.more_info_requested" | "deal_registration.info_provided" | "deal_registration.withdrawn" | "deal_registration.approval_reminder" | "deal_registration.approval_escalated" | "deal_registration.extension_requested" | "deal_registration.extended" | "deal_registration.extension_rejected" | "deal_registration.expired" | "deal_registration.protection_ending" | "deal_registration.stale" | "deal_dispute.opened" | "deal_dispute.commented" | "deal_dispute.decided" | "deal_registration.returned_to_approval" | "deal_registration.first_in_changed" | "deal_registration.won" | "deal_registration.lost" | "deal_registration.partners_updated")[];
                    name?: string;
                    /**
                     * @description Enabling again clears the last error
                     * @enum {string}
                     */
                    status?: "enabled" | "disabled";
                    /** @description The incoming-webhook URL from Slack or Teams. A credential: stored encrypted, shown masked afterwards */
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatIntegration"];
                };
            };
        };
    };
    testChatIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatTestResult"];
                };
            };
        };
    };
    listComplianceDocuments: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Vendor only: one partner */
                organisationId?: string;
                requirementId?: string;
                status?: "submitted" | "approved" | "rejected" | "expired" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ComplianceDocument"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    submitComplianceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Defaults to the issue date plus the requirement's validity; none when it has no validity
                     */
                    expiresOn?: string;
                    /** @description The file as a data URL (`data:application/pdf;base64,…`): PDF, PNG or JPEG, at most 10 MB */
                    file?: string;
                    fileName?: string;
                    /**
                     * Format: date
                     * @description Defaults to today
                     */
                    issuedOn?: string;
                    requirementId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocument"];
                };
            };
        };
    };
    approveComplianceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocument"];
                };
            };
        };
    };
    downloadComplianceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The file (application/pdf, image/png or image/jpeg) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    rejectComplianceDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceDocument"];
                };
            };
        };
    };
    listComplianceRequirements: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ComplianceRequirement"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createComplianceRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @default true */
                    isDocumentRequired?: boolean;
                    /** @default true */
                    isMandatory?: boolean;
                    name: string;
                    /** @default [] */
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    /** @default [] */
                    regions?: string[];
                    /** @default 30 */
                    reminderDaysBeforeExpiry?: number;
                    /** @default null */
                    validityMonths?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirement"];
                };
            };
        };
    };
    getComplianceRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirement"];
                };
            };
        };
    };
    deleteComplianceRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateComplianceRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    isDocumentRequired?: boolean;
                    isMandatory?: boolean;
                    name?: string;
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    regions?: string[];
                    reminderDaysBeforeExpiry?: number;
                    validityMonths?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRequirement"];
                };
            };
        };
    };
    listPartnerCompliance: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "compliant" | "non_compliant";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerCompliance"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getPartnerCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCompliance"];
                };
            };
        };
    };
    screenPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionsScreeningResult"];
                };
            };
        };
    };
    listCustomerAccounts: {
        parameters: {
            query?: {
                country?: string;
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Only accounts with (true) or without */
                hasOpenOpportunity?: "true" | "false";
                /** @description Only direct-only (true) or only others */
                isDirectOnly?: "true" | "false";
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Part of the name, or a domain */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomerAccount"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    directOnlyReason?: string | null;
                    /**
                     * @description Web addresses or domains; each is kept as its registrable domain ("acme.co.uk")
                     * @default []
                     */
                    domains?: string[];
                    externalId?: string | null;
                    /** @default false */
                    isDirectOnly?: boolean;
                    name: string;
                    ownerName?: string | null;
                    ownerUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerAccount"];
                };
            };
        };
    };
    getCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerAccount"];
                };
            };
        };
    };
    deleteCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    directOnlyReason?: string | null;
                    /** @description Web addresses or domains; each is kept as its registrable domain ("acme.co.uk") */
                    domains?: string[];
                    externalId?: string | null;
                    isDirectOnly?: boolean;
                    name?: string;
                    ownerName?: string | null;
                    ownerUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerAccount"];
                };
            };
        };
    };
    listCustomerOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomerOpportunity"][];
                    };
                };
            };
        };
    };
    createCustomerOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: number | null;
                    closeDate?: string | null;
                    currency?: string | null;
                    externalId?: string | null;
                    /** @default true */
                    isOpen?: boolean;
                    name: string;
                    ownerName?: string | null;
                    stage: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOpportunity"];
                };
            };
        };
    };
    importCustomerAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file itself, base64-encoded; at most 10 MB */
                    content: string;
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerAccountImportResult"];
                };
            };
        };
    };
    deleteCustomerOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateCustomerOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: number | null;
                    closeDate?: string | null;
                    currency?: string | null;
                    externalId?: string | null;
                    isOpen?: boolean;
                    name?: string;
                    ownerName?: string | null;
                    stage?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOpportunity"];
                };
            };
        };
    };
    listDealApprovalQueue: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                region?: string;
                slaState?: "on_track" | "due_soon" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            /** @enum {string} */
                            conflictOutcome: "clear" | "possible_conflict" | "conflict";
                            currency: string;
                            customerName: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @description The registration */
                            id: string;
                            level: number;
                            organisationId: string;
                            partnerName: string | null;
                            reference: string;
                            region: string | null;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                            /** @enum {string} */
                            slaState: "on_track" | "due_soon" | "overdue";
                            version: number;
                            /** @description The amount in the programme currency the levels are set in; null: no rate for its currency */
                            weighedAmount: {
                                amount: number;
                                currency: string;
                            } | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listDealCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            creditPercent: number;
                            customerName: string;
                            isRegisteringPartner: boolean;
                            reference: string;
                            /** Format: date-time */
                            registeredAt: string;
                            registrationId: string;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                            /** @enum {string} */
                            stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            /** @enum {string} */
                            status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        }[];
                    };
                };
            };
        };
    };
    listDealDisputes: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                registrationId?: string;
                status?: "open" | "upheld" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The registration that was first-in (vendor staff only) */
                            contestedRegistration?: {
                                id: string;
                                partnerName: string | null;
                                reference: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerName: string;
                            decidedAt: string | null;
                            evidenceUrls: string[];
                            id: string;
                            organisationId: string;
                            /** @description The disputing registration’s partner */
                            partnerName: string | null;
                            raisedByName: string | null;
                            /** @enum {string} */
                            raisedBySide: "vendor" | "partner";
                            rationale: string | null;
                            reason: string;
                            registrationId: string;
                            registrationReference: string;
                            /**
                             * @description Where the disputed registration stands now
                             * @enum {string}
                             */
                            registrationStatus: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getDealDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comments: {
                            authorName: string | null;
                            /** @enum {string} */
                            authorSide: "vendor" | "partner";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidenceUrls: string[];
                            id: string;
                            isVendorInternal: boolean;
                        }[];
                        /** @description The registration that was first-in (vendor staff only) */
                        contestedRegistration?: {
                            id: string;
                            partnerName: string | null;
                            reference: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerName: string;
                        decidedAt: string | null;
                        evidenceUrls: string[];
                        id: string;
                        organisationId: string;
                        /** @description The disputing registration’s partner */
                        partnerName: string | null;
                        raisedByName: string | null;
                        /** @enum {string} */
                        raisedBySide: "vendor" | "partner";
                        rationale: string | null;
                        reason: string;
                        registrationId: string;
                        registrationReference: string;
                        /**
                         * @description Where the disputed registration stands now
                         * @enum {string}
                         */
                        registrationStatus: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        /** @enum {string} */
                        status: "open" | "upheld" | "dismissed";
                        /** @enum {string} */
                        subject: "decision" | "conflict";
                    };
                };
            };
        };
    };
    commentOnDealDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default [] */
                    evidenceUrls?: string[];
                    /**
                     * @description Vendor staff only: hidden from the partner
                     * @default false
                     */
                    isVendorInternal?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comments: {
                            authorName: string | null;
                            /** @enum {string} */
                            authorSide: "vendor" | "partner";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidenceUrls: string[];
                            id: string;
                            isVendorInternal: boolean;
                        }[];
                        /** @description The registration that was first-in (vendor staff only) */
                        contestedRegistration?: {
                            id: string;
                            partnerName: string | null;
                            reference: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerName: string;
                        decidedAt: string | null;
                        evidenceUrls: string[];
                        id: string;
                        organisationId: string;
                        /** @description The disputing registration’s partner */
                        partnerName: string | null;
                        raisedByName: string | null;
                        /** @enum {string} */
                        raisedBySide: "vendor" | "partner";
                        rationale: string | null;
                        reason: string;
                        registrationId: string;
                        registrationReference: string;
                        /**
                         * @description Where the disputed registration stands now
                         * @enum {string}
                         */
                        registrationStatus: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        /** @enum {string} */
                        status: "open" | "upheld" | "dismissed";
                        /** @enum {string} */
                        subject: "decision" | "conflict";
                    };
                };
            };
        };
    };
    decideDealDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "upheld" | "dismissed";
                    rationale: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comments: {
                            authorName: string | null;
                            /** @enum {string} */
                            authorSide: "vendor" | "partner";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidenceUrls: string[];
                            id: string;
                            isVendorInternal: boolean;
                        }[];
                        /** @description The registration that was first-in (vendor staff only) */
                        contestedRegistration?: {
                            id: string;
                            partnerName: string | null;
                            reference: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerName: string;
                        decidedAt: string | null;
                        evidenceUrls: string[];
                        id: string;
                        organisationId: string;
                        /** @description The disputing registration’s partner */
                        partnerName: string | null;
                        raisedByName: string | null;
                        /** @enum {string} */
                        raisedBySide: "vendor" | "partner";
                        rationale: string | null;
                        reason: string;
                        registrationId: string;
                        registrationReference: string;
                        /**
                         * @description Where the disputed registration stands now
                         * @enum {string}
                         */
                        registrationStatus: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        /** @enum {string} */
                        status: "open" | "upheld" | "dismissed";
                        /** @enum {string} */
                        subject: "decision" | "conflict";
                    };
                };
            };
        };
    };
    getDealPipeline: {
        parameters: {
            query?: {
                currency?: string;
                from?: string;
                /** @description One partner (vendor staff) */
                organisationId?: string;
                region?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversion: {
                            advanced: number;
                            /** @enum {string} */
                            fromStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            /** @description 0–1; null when no registration reached the stage */
                            rate: number | null;
                            reached: number;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        lost: number;
                        medianDaysToApproval: number | null;
                        medianDaysToWin: number | null;
                        registrationsPerWeek: {
                            count: number;
                            weekStart: string;
                        }[];
                        stages: {
                            /** @description Per currency, as registered */
                            amounts: {
                                amount: number;
                                currency: string;
                            }[];
                            count: number;
                            /** @enum {string} */
                            stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            /** @description The stage's amounts in the programme currency, at the deal settings' exchange rates */
                            total: {
                                amount: number;
                                currency: string;
                                /** @description Currencies with no exchange rate in the deal settings; their amounts are not in the total */
                                withoutRate: string[];
                            };
                        }[];
                        /** @description Won / (won + lost); null before any deal closed */
                        winRate: number | null;
                        won: number;
                    };
                };
            };
        };
    };
    approveDealExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    rejectDealExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    getDealRegistrationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvalLevels: {
                            /** @description The level applies to registrations of at least this amount */
                            minimumAmount: number;
                            /** @description Regions the level applies to; empty: every region */
                            regions: string[];
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                            slaHours: number;
                        }[];
                        /** @description Clear registrations up to this amount are approved at once; null: never */
                        autoApproveMaxAmount: number | null;
                        currency: string;
                        /** @description Units of each other currency to one unit of the programme currency, e.g. {"USD": 1.08} */
                        exchangeRates: {
                            [key: string]: number;
                        };
                        extensionDays: number;
                        maxExtensions: number;
                        protectionDays: number;
                        reminderHoursBeforeDue: number;
                        staleAfterDays: number;
                        /** @description 0 while the programme runs on the defaults */
                        version: number;
                    };
                };
            };
        };
    };
    updateDealRegistrationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvalLevels: {
                        /** @description The level applies to registrations of at least this amount */
                        minimumAmount: number;
                        /** @description Regions the level applies to; empty: every region */
                        regions: string[];
                        /** @enum {string} */
                        role: "regional_manager" | "channel_manager";
                        slaHours: number;
                    }[];
                    /** @description Clear registrations up to this amount are approved at once; null: never */
                    autoApproveMaxAmount: number | null;
                    /** @description The currency the amounts here are in; unchanged when left out */
                    currency?: string;
                    /** @description Unchanged when left out */
                    exchangeRates?: {
                        [key: string]: number;
                    };
                    extensionDays: number;
                    maxExtensions: number;
                    protectionDays: number;
                    reminderHoursBeforeDue: number;
                    staleAfterDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvalLevels: {
                            /** @description The level applies to registrations of at least this amount */
                            minimumAmount: number;
                            /** @description Regions the level applies to; empty: every region */
                            regions: string[];
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                            slaHours: number;
                        }[];
                        /** @description Clear registrations up to this amount are approved at once; null: never */
                        autoApproveMaxAmount: number | null;
                        currency: string;
                        /** @description Units of each other currency to one unit of the programme currency, e.g. {"USD": 1.08} */
                        exchangeRates: {
                            [key: string]: number;
                        };
                        extensionDays: number;
                        maxExtensions: number;
                        protectionDays: number;
                        reminderHoursBeforeDue: number;
                        staleAfterDays: number;
                        /** @description 0 while the programme runs on the defaults */
                        version: number;
                    };
                };
            };
        };
    };
    listDealRegistrations: {
        parameters: {
            query?: {
                conflictOutcome?: "clear" | "possible_conflict" | "conflict";
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Only this partner’s registrations (vendor staff) */
                organisationId?: string;
                /** @description Customer name or DR reference */
                q?: string;
                region?: string;
                stage?: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                status?: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            amount: number;
                            approvalDueAt: string | null;
                            approvalLevel: number | null;
                            closedAt: string | null;
                            /** @enum {string} */
                            conflictOutcome: "clear" | "possible_conflict" | "conflict";
                            contactEmail: string | null;
                            contactName: string | null;
                            country: string;
                            currency: string;
                            customerDomain: string | null;
                            customerName: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            expectedCloseDate: string;
                            extensionCount: number;
                            id: string;
                            isFirstIn: boolean;
                            /** Format: date-time */
                            lastActivityAt: string;
                            notes: string | null;
                            organisationId: string;
                            /** @description The registering partner */
                            partnerName: string | null;
                            products: string[];
                            protectionEndsAt: string | null;
                            /** @description DR-<number>, for people */
                            reference: string;
                            region: string | null;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @enum {string} */
                            stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                            /** @enum {string} */
                            status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    registerDeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Expected deal value */
                    amount: number;
                    /** @description The customer contact; a company address gives the domain */
                    contactEmail?: string;
                    contactName?: string;
                    country: string;
                    currency: string;
                    /** @description The customer company, as the partner knows it */
                    customerName: string;
                    /** @description Web address or domain of the customer (www.acme.com, https://acme.com/en) */
                    customerWebsite?: string;
                    /** Format: date */
                    expectedCloseDate: string;
                    notes?: string;
                    /** @default [] */
                    products?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    getDealRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    approveDealRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    openDealDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidenceUrls?: string[];
                    reason: string;
                    /**
                     * @description `decision`: the rejection (or approval) was wrong; `conflict`: this claim was first
                     * @enum {string}
                     */
                    subject: "decision" | "conflict";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comments: {
                            authorName: string | null;
                            /** @enum {string} */
                            authorSide: "vendor" | "partner";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidenceUrls: string[];
                            id: string;
                            isVendorInternal: boolean;
                        }[];
                        /** @description The registration that was first-in (vendor staff only) */
                        contestedRegistration?: {
                            id: string;
                            partnerName: string | null;
                            reference: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerName: string;
                        decidedAt: string | null;
                        evidenceUrls: string[];
                        id: string;
                        organisationId: string;
                        /** @description The disputing registration’s partner */
                        partnerName: string | null;
                        raisedByName: string | null;
                        /** @enum {string} */
                        raisedBySide: "vendor" | "partner";
                        rationale: string | null;
                        reason: string;
                        registrationId: string;
                        registrationReference: string;
                        /**
                         * @description Where the disputed registration stands now
                         * @enum {string}
                         */
                        registrationStatus: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        /** @enum {string} */
                        status: "open" | "upheld" | "dismissed";
                        /** @enum {string} */
                        subject: "decision" | "conflict";
                    };
                };
            };
        };
    };
    requestDealExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Defaults to the programme’s extension days */
                    days?: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    provideDealInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: number;
                    answer: string;
                    contactEmail?: string;
                    contactName?: string;
                    /** Format: date */
                    expectedCloseDate?: string;
                    notes?: string;
                    products?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    setDealPartners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partners: {
                        creditPercent: number;
                        organisationId: string;
                        /** @enum {string} */
                        role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    rejectDealRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    requestDealInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    question: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    moveDealStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The deal value now, when it changed */
                    amount?: number;
                    lostReason?: string;
                    /** @enum {string} */
                    stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    withdrawDealRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        approvalDueAt: string | null;
                        approvalLevel: number | null;
                        /** @description Approval steps, oldest first */
                        approvals: {
                            /** @description The partner’s answer to the question */
                            answer: string | null;
                            answeredAt: string | null;
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decision: ("approved" | "rejected" | "more_info_requested" | "auto_approved") | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            level: number;
                            /** @description Whether the caller may decide this step now */
                            mayDecide: boolean;
                            /** @description Approval note, rejection reason or the question asked */
                            reason: string | null;
                            remindedAt: string | null;
                            /** @enum {string} */
                            role: "regional_manager" | "channel_manager";
                        }[];
                        /** @description Which dispute the reader could open now */
                        canDispute: {
                            conflict: boolean;
                            decision: boolean;
                        };
                        closedAt: string | null;
                        /** @enum {string} */
                        conflictOutcome: "clear" | "possible_conflict" | "conflict";
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        contactEmail: string | null;
                        contactName: string | null;
                        country: string;
                        currency: string;
                        customerDomain: string | null;
                        customerName: string;
                        decidedAt: string | null;
                        decisionReason: string | null;
                        disputes: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            id: string;
                            /** @description Vendor only: another registration contests this one’s first-in */
                            isAgainstThisRegistration: boolean;
                            rationale: string | null;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "upheld" | "dismissed";
                            /** @enum {string} */
                            subject: "decision" | "conflict";
                        }[];
                        expectedCloseDate: string;
                        extensionCount: number;
                        /** @description Protection extension requests, oldest first */
                        extensions: {
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            id: string;
                            reason: string;
                            requestedDays: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        id: string;
                        isFirstIn: boolean;
                        /** Format: date-time */
                        lastActivityAt: string;
                        notes: string | null;
                        organisationId: string;
                        /** @description How many other partners share the credit (never who) */
                        otherPartnerCount: number;
                        /** @description The registering partner */
                        partnerName: string | null;
                        /** @description Vendor: every line; partner: its own line */
                        partners: {
                            creditPercent: number;
                            isRegisteringPartner: boolean;
                            organisationId: string;
                            partnerName: string | null;
                            /** @enum {string} */
                            role: "sourcing" | "influencing" | "fulfilling" | "isv" | "si";
                        }[];
                        products: string[];
                        protectionEndsAt: string | null;
                        /** @description DR-<number>, for people */
                        reference: string;
                        region: string | null;
                        /** Format: date-time */
                        registeredAt: string;
                        /** @enum {string} */
                        stage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        stageHistory: {
                            amount: number | null;
                            /** Format: date-time */
                            changedAt: string;
                            fromStage: ("registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost") | null;
                            lostReason: string | null;
                            /** @enum {string} */
                            toStage: "registered" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        }[];
                        /** @enum {string} */
                        status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                        version: number;
                    };
                };
            };
        };
    };
    checkDealConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactEmail?: string;
                    country: string;
                    customerName: string;
                    customerWebsite?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts: {
                            /** @description Whether this match alone makes the registration a conflict */
                            isBlocking: boolean;
                            /** @enum {string} */
                            kind: "registration" | "account" | "open_opportunity" | "direct_only_account";
                            /** @description The matched customer account, for side-by-side review (vendor only) */
                            matchedAccount?: {
                                isDirectOnly: boolean;
                                openOpportunityCount: number;
                                ownerName: string | null;
                            } | null;
                            matchedAccountId?: string | null;
                            /** @description Country of the matched record (vendor only) */
                            matchedCountry?: string | null;
                            /** @description Registrable domains of the matched registration or account (vendor only) */
                            matchedDomains?: string[];
                            /** @description Customer name of the matched record (vendor only) */
                            matchedName?: string | null;
                            /** @description Partner holding the matched registration (vendor only) */
                            matchedPartnerName?: string | null;
                            /** @description The matched registration, for side-by-side review (vendor only) */
                            matchedRegistration?: {
                                amount: number;
                                currency: string;
                                partnerName: string | null;
                                reference: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @enum {string} */
                                status: "pending_approval" | "more_info_requested" | "approved" | "rejected" | "expired" | "withdrawn";
                            } | null;
                            matchedRegistrationId?: string | null;
                            /** @description Why it matched, without naming another partner or its deal */
                            reason: string;
                            /** @description 0–1: how sure the match is */
                            score: number;
                            /** @description What matched: domain, name, similar_name, country, different_country */
                            signals: string[];
                        }[];
                        customerDomain: string | null;
                        normalisedName: string;
                        /** @enum {string} */
                        outcome: "clear" | "possible_conflict" | "conflict";
                    };
                };
            };
        };
    };
    listEmailOutbox: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "pending" | "queued" | "sent" | "failed" | "held";
                toAddress?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OutboxEmail"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getIdealPartnerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdealPartnerProfile"];
                };
            };
        };
    };
    updateIdealPartnerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria: {
                        certifications: {
                            preferred: string[];
                            weight: number;
                        };
                        companySize: {
                            preferred: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001+")[];
                            weight: number;
                        };
                        industry: {
                            preferred: string[];
                            weight: number;
                        };
                        partnerType: {
                            preferred: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                            weight: number;
                        };
                        region: {
                            preferred: string[];
                            weight: number;
                        };
                    };
                    formIndustries: string[];
                    formRegions: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdealPartnerProfile"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name?: string;
                    /** @description Defaults to the inviter's organisation */
                    organisationId?: string;
                    regions?: string[];
                    /** @enum {string} */
                    role: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale?: "en" | "de" | "fr" | "es" | "ja";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    startTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
        };
    };
    confirmTotpEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
        };
    };
    setNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    preferences: {
                        /** @enum {string} */
                        channel: "in_app" | "email";
                        eventType: string;
                        isEnabled: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Only unread (true) or only read (false) */
                isUnread?: "true" | "false";
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
        };
    };
    listOnboardingEnrolments: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description One partner */
                organisationId?: string;
                /** @description `overdue`: in progress with at least one step past its due date */
                status?: "in_progress" | "completed" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OnboardingEnrolment"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    startOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Leave out to pick the active journey that best fits the partner's types and tier */
                    journeyId?: string;
                    organisationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingEnrolment"];
                };
            };
        };
    };
    getOnboardingEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingEnrolment"];
                };
            };
        };
    };
    listOnboardingJourneys: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OnboardingJourney"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createOnboardingJourney: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                    /** @default [] */
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    steps: {
                        /** @default null */
                        agreementTemplateId?: string | null;
                        /** @default null */
                        description?: string | null;
                        /** @default 0 */
                        dueAfterDays?: number;
                        /** @enum {string} */
                        kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
                        title: string;
                    }[];
                    /** @default [] */
                    tiers?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingJourney"];
                };
            };
        };
    };
    getOnboardingJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingJourney"];
                };
            };
        };
    };
    updateOnboardingJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    name?: string;
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    /**
                     * @description `archived`: no new partner starts it
                     * @enum {string}
                     */
                    status?: "active" | "archived";
                    /** @description The whole ordered list; running enrolments keep the steps they started with */
                    steps?: {
                        /** @default null */
                        agreementTemplateId?: string | null;
                        /** @default null */
                        description?: string | null;
                        /** @default 0 */
                        dueAfterDays?: number;
                        /** @enum {string} */
                        kind: "accept_agreement" | "upload_compliance_documents" | "complete_profile" | "complete_course" | "register_first_deal" | "custom";
                        title: string;
                    }[];
                    tiers?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingJourney"];
                };
            };
        };
    };
    completeOnboardingStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingEnrolment"];
                };
            };
        };
    };
    getOnboardingMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingMetrics"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                country?: string;
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                industry?: string;
                kind?: "vendor" | "partner";
                lifecycleStage?: "onboarding" | "active";
                /** @description Page size, 1–200 */
                limit?: number;
                partnerManagerId?: string;
                partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                /** @description Searches name, legal name and website domain, tolerant of typos */
                q?: string;
                region?: string;
                status?: "active" | "inactive";
                tier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organisation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createPartnerOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string;
                    name: string;
                    region?: string;
                    websiteDomain?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Vendor staff edit every field (offboarding has its own action). A partner admin edits its own public profile only: name, website, address, industries, capacity and certifications. */
        requestBody: {
            content: {
                "application/json": {
                    capacity?: number | null;
                    certifications?: string[];
                    city?: string | null;
                    country?: string | null;
                    industries?: string[];
                    legalName?: string | null;
                    /** @enum {string} */
                    lifecycleStage?: "onboarding" | "active";
                    name?: string;
                    /** @description An active channel manager, regional manager, admin or owner of the vendor */
                    partnerManagerId?: string | null;
                    partnerTypes?: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    postalCode?: string | null;
                    region?: string | null;
                    stateProvince?: string | null;
                    street?: string | null;
                    tier?: string | null;
                    websiteDomain?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
        };
    };
    listPartnerContacts: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerContact"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createPartnerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string | null;
                    /** @description Making a contact primary makes the previous primary an ordinary contact */
                    isPrimary?: boolean;
                    jobTitle?: string | null;
                    name: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContact"];
                };
            };
        };
    };
    deletePartnerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updatePartnerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string | null;
                    /** @description Making a contact primary makes the previous primary an ordinary contact */
                    isPrimary?: boolean;
                    jobTitle?: string | null;
                    name?: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContact"];
                };
            };
        };
    };
    getPartnerHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerHealth"];
                };
            };
        };
    };
    offboardPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
        };
    };
    reactivatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
        };
    };
    getPartnerTierStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierStatus"];
                };
            };
        };
    };
    setPartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Locked: evaluation leaves this partner’s tier alone until unlocked */
                    isLocked: boolean;
                    reason: string;
                    /** @description The tier key to set; null removes the tier */
                    tier: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierStatus"];
                };
            };
        };
    };
    listPartnerTierChanges: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerTierChange"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    evaluatePartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierStatus"];
                };
            };
        };
    };
    findDuplicateCandidates: {
        parameters: {
            query: {
                /** @description Its website or domain, in any form */
                domain?: string;
                /** @description The new partner’s company name */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DuplicateCandidate"][];
                    };
                };
            };
        };
    };
    exportOrganisations: {
        parameters: {
            query?: {
                country?: string;
                industry?: string;
                lifecycleStage?: "onboarding" | "active";
                partnerManagerId?: string;
                partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                /** @description Searches name, legal name and website domain, tolerant of typos */
                q?: string;
                region?: string;
                status?: "active" | "inactive";
                tier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description One header row, then one row per partner; list cells are joined with ";" */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    listPartnerApplications: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Newest first, or best fit first */
                sort?: "date" | "score";
                status?: "new" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerApplication"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getPartnerApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApplicationDetail"];
                };
            };
        };
    };
    approvePartnerApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApplication"];
                };
            };
        };
    };
    rejectPartnerApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why, in words for the applicant: it is e-mailed to them */
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApplication"];
                };
            };
        };
    };
    rescorePartnerApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescoreResult"];
                };
            };
        };
    };
    listPartnerHealth: {
        parameters: {
            query: {
                /** @description The partners to score (repeat the parameter, up to 200), e.g. a page of the directory */
                organisationId: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerHealth"][];
                    };
                };
            };
        };
    };
    listPartnerImports: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerImport"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    uploadPartnerImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file itself, base64-encoded; at most 50 MB once decoded */
                    content: string;
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImport"];
                };
            };
        };
    };
    getPartnerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImport"];
                };
            };
        };
    };
    applyPartnerImportDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Decisions for proposed duplicates; rows without one wait for a later decision */
                    decisions: {
                        /** @enum {string} */
                        decision: "create" | "merge" | "skip";
                        /** @description For a merge: fields the file overwrites; the others only fill empty ones */
                        overwriteFields?: ("name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince")[];
                        rowNumber: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImport"];
                };
            };
        };
    };
    downloadPartnerImportInvalidRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The file's header plus Problems, then one line per invalid row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    confirmPartnerImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Column header → profile field; columns left out are not imported */
                    mapping: {
                        [key: string]: "name" | "legalName" | "websiteDomain" | "country" | "region" | "partnerTypes" | "tier" | "industries" | "certifications" | "capacity" | "street" | "city" | "postalCode" | "stateProvince" | "contactName" | "contactEmail";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImport"];
                };
            };
        };
    };
    listPartnerImportRows: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description true: only rows still waiting for a decision */
                isPending?: "true" | "false";
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "valid" | "invalid" | "duplicate";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerImportRow"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    listPartnerRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The region code partners carry, e.g. "emea" */
                            code: string;
                            /** @description Partners in the region that you can see */
                            partners: number;
                        }[];
                    };
                };
            };
        };
    };
    evaluatePartnerTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierEvaluation"];
                };
            };
        };
    };
    listPartnerTierMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMetricCatalogue"];
                };
            };
        };
    };
    getPartnerTierSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierSettings"];
                };
            };
        };
    };
    updatePartnerTierSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Days a partner keeps its tier after it stops qualifying; 0 downgrades at once */
                    downgradeGraceDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTierSettings"];
                };
            };
        };
    };
    listPartnerTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerTier"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createPartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    colour?: string | null;
                    /** @default 0 */
                    commissionPercent?: number;
                    description?: string | null;
                    /** @default 0 */
                    discountPercent?: number;
                    /** @default false */
                    isMdfEligible?: boolean;
                    key: string;
                    mdfCap?: {
                        amount: number;
                        currency: string;
                    } | null;
                    name: string;
                    rank: number;
                    /**
                     * @description All must hold for a partner to qualify; none: every partner qualifies
                     * @default []
                     */
                    rules?: {
                        /** @description One of: active_users, certifications, accepted_agreements, months_as_partner */
                        metric: string;
                        /** @description The metric must be at least this */
                        minimum: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTier"];
                };
            };
        };
    };
    getPartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTier"];
                };
            };
        };
    };
    deletePartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updatePartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    colour?: string | null;
                    commissionPercent?: number;
                    description?: string | null;
                    discountPercent?: number;
                    isMdfEligible?: boolean;
                    mdfCap?: {
                        amount: number;
                        currency: string;
                    } | null;
                    name?: string;
                    rank?: number;
                    /** @description All must hold for a partner to qualify; none: every partner qualifies */
                    rules?: {
                        /** @description One of: active_users, certifications, accepted_agreements, months_as_partner */
                        metric: string;
                        /** @description The metric must be at least this */
                        minimum: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTier"];
                };
            };
        };
    };
    getPartnerApplicationForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's short name, as in /apply/acme */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApplicationForm"];
                };
            };
        };
    };
    submitPartnerApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's short name, as in /apply/acme */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicantEmail: string;
                    applicantJobTitle: string;
                    applicantName: string;
                    certifications?: string[];
                    companyName: string;
                    /** @enum {string} */
                    companySize: "1-10" | "11-50" | "51-200" | "201-1000" | "1001+";
                    /** @enum {boolean} */
                    consent: true;
                    country: string;
                    industries: string[];
                    /**
                     * @description The language of the confirmation e-mail
                     * @default en
                     * @enum {string}
                     */
                    locale?: "en" | "de" | "fr" | "es" | "ja";
                    message?: string;
                    partnerTypes: ("reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant")[];
                    region: string;
                    /** @description Leave out: hidden from people, only bots fill it in (the application is then dropped) */
                    url?: string;
                    websiteDomain: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceipt"];
                };
            };
        };
    };
    getRulesOfEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesOfEngagement"];
                };
            };
        };
    };
    publishRulesOfEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    markdown: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesOfEngagement"];
                };
            };
        };
    };
    listSanctionsHits: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                organisationId?: string;
                status?: "open" | "cleared" | "confirmed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SanctionsHit"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    clearSanctionsHit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionsHit"];
                };
            };
        };
    };
    confirmSanctionsHit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionsHit"];
                };
            };
        };
    };
    getSanctionsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionsList"];
                };
            };
        };
    };
    uploadSanctionsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description CSV with a header row: name, aliases (separated by ";"), country, source, reference */
                    csv: string;
                    fileName: string;
                    /** @description Trigram similarity (0–1) of normalised names from which a partner is a hit; default 0.6 */
                    matchThreshold?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionsList"];
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query: {
                list: "partners";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SavedView"][];
                    };
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters: {
                        country?: string;
                        industry?: string;
                        /** @enum {string} */
                        lifecycleStage?: "onboarding" | "active";
                        partnerManagerId?: string;
                        /** @enum {string} */
                        partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                        /** @description Searches name, legal name and website domain, tolerant of typos */
                        q?: string;
                        region?: string;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                        tier?: string;
                    };
                    /** @enum {string} */
                    list: "partners";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters?: {
                        country?: string;
                        industry?: string;
                        /** @enum {string} */
                        lifecycleStage?: "onboarding" | "active";
                        partnerManagerId?: string;
                        /** @enum {string} */
                        partnerType?: "reseller" | "system_integrator" | "referral" | "isv" | "msp" | "distributor" | "influencer" | "consultant";
                        /** @description Searches name, legal name and website domain, tolerant of typos */
                        q?: string;
                        region?: string;
                        /** @enum {string} */
                        status?: "active" | "inactive";
                        tier?: string;
                    };
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Someone else's tasks (needs tasks:assign); your own when left out */
                assigneeId?: string;
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description The id of the entity the task is about */
                entityId?: string;
                /** @description What the task is about, e.g. `organisation` */
                entityType?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "open" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who does it; yourself when left out. Assigning to someone else needs tasks:assign */
                    assigneeId?: string;
                    description?: string;
                    /** Format: date-time */
                    dueAt?: string;
                    /** @description The id of the entity the task is about */
                    entityId?: string;
                    /** @description What the task is about, e.g. `organisation` */
                    entityType?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    dueAt?: string | null;
                    /**
                     * @description The assignee may change this; other fields need tasks:assign
                     * @enum {string}
                     */
                    status?: "open" | "done" | "cancelled";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                organisationId?: string;
                role?: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
                status?: "active" | "deactivated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    regions?: string[] | null;
                    /** @enum {string} */
                    role?: "owner" | "admin" | "channel_manager" | "regional_manager" | "finance" | "marketing" | "sales_rep" | "analyst" | "partner_admin" | "partner_sales" | "partner_marketing" | "partner_finance";
                    /**
                     * @description Deactivated users are signed out and cannot sign in
                     * @enum {string}
                     */
                    status?: "active" | "deactivated";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description Event types to send; an empty list sends every event */
                    eventTypes?: string[];
                    /** @description Where events are POSTed; http or https */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @description Event types to send; an empty list sends every event */
                    eventTypes?: string[];
                    /**
                     * @description Enabling again clears the failure streak; deliveries resume with new events
                     * @enum {string}
                     */
                    status?: "enabled" | "disabled";
                    /** @description Where events are POSTed; http or https */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookEndpoint"];
                };
            };
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEventType"][];
                    };
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
        };
    };
    updateWorkspaceBranding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    primaryColor?: string | null;
                    productName?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
        };
    };
    uploadWorkspaceLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    image: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
        };
    };
    removeWorkspaceLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
        };
    };
}
