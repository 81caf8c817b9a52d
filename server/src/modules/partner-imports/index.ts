// The partner imports module's public surface: its routes, its job and event reaction, the
// dedupe lookup other modules (recruitment) reuse, and what the command line drives.

export { startImporting } from './apply-import-decisions.ts';
export { setImportMapping } from './confirm-import-mapping.ts';
export { findDuplicateCandidates, lookupDuplicateCandidates } from './duplicate-candidates.ts';
export { enqueuePartnerImports } from './enqueue-import.ts';
export { importPartnersFromFile } from './import-from-command-line.ts';
export { failPartnerImport, partnerImportJob, processPartnerImport } from './process-partner-import.ts';
export { detectFormat, readRows } from './read-partner-file.ts';
export { partnerImportRoutes } from './routes.ts';
export { storePartnerImport } from './upload-partner-import.ts';
