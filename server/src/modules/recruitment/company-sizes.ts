/** Employee bands the application form offers; the Ideal Partner Profile targets some of them. */
export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001+'] as const;

export type CompanySize = (typeof COMPANY_SIZES)[number];
