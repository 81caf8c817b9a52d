import type { PartnerType } from '../organisations/partner-types.ts';
import type { CompanySize } from './company-sizes.ts';

export const CRITERIA = ['partnerType', 'region', 'industry', 'companySize', 'certifications'] as const;
export type Criterion = (typeof CRITERIA)[number];

type Preference<Value extends string> = { weight: number; preferred: Value[] };

/** Weights (0–100) and preferred values per criterion; a weight of 0 leaves a criterion out. */
export type ProfileCriteria = {
  partnerType: Preference<PartnerType>;
  region: Preference<string>;
  industry: Preference<string>;
  companySize: Preference<CompanySize>;
  certifications: Preference<string>;
};

export type ScoredApplication = {
  partnerTypes: readonly string[];
  region: string;
  industries: readonly string[];
  companySize: string;
  certifications: readonly string[];
};

/**
 * One line of the breakdown: "Region emea is a target region: +20/20". `values` are the
 * applicant's values that matched, or all of the applicant's values when none did.
 */
export type ScoreReason = {
  criterion: Criterion;
  isMatch: boolean;
  points: number;
  maxPoints: number;
  values: string[];
};

export type FitScore = { score: number; reasons: ScoreReason[] };

const applicantValues = (application: ScoredApplication): Record<Criterion, readonly string[]> => ({
  partnerType: application.partnerTypes,
  region: [application.region],
  industry: application.industries,
  companySize: [application.companySize],
  certifications: application.certifications,
});

/**
 * How well an applicant fits the Ideal Partner Profile, 0–100: each weighted criterion earns its
 * whole weight when any of the applicant's values is a preferred one (labels compared without
 * regard to case), and the total is scaled to the sum of the weights.
 */
export function scoreApplication(criteria: ProfileCriteria, application: ScoredApplication): FitScore {
  const offered = applicantValues(application);
  const reasons = CRITERIA.filter((criterion) => criteria[criterion].weight > 0).map((criterion) => {
    const { weight, preferred } = criteria[criterion];
    const wanted = new Set(preferred.map((value) => value.toLowerCase()));
    const matches = offered[criterion].filter((value) => wanted.has(value.toLowerCase()));
    const isMatch = matches.length > 0;
    return {
      criterion,
      isMatch,
      points: isMatch ? weight : 0,
      maxPoints: weight,
      values: isMatch ? matches : [...offered[criterion]],
    };
  });
  const possible = reasons.reduce((sum, reason) => sum + reason.maxPoints, 0);
  const earned = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score: possible === 0 ? 0 : Math.round((100 * earned) / possible), reasons };
}
