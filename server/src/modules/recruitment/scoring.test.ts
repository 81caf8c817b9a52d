import { describe, expect, it } from 'vitest';
import { type ProfileCriteria, type ScoredApplication, scoreApplication } from './scoring.ts';

const criteria: ProfileCriteria = {
  partnerType: { weight: 20, preferred: ['reseller', 'msp'] },
  region: { weight: 20, preferred: ['emea'] },
  industry: { weight: 20, preferred: ['Manufacturing', 'Retail'] },
  companySize: { weight: 20, preferred: ['51-200', '201-1000'] },
  certifications: { weight: 20, preferred: ['ISO 27001'] },
};

const ideal: ScoredApplication = {
  partnerTypes: ['msp'],
  region: 'emea',
  industries: ['manufacturing', 'Energy'],
  companySize: '51-200',
  certifications: ['iso 27001'],
};

describe('scoreApplication', () => {
  it('gives 100 to an applicant matching every criterion, naming the matching values', () => {
    const { score, reasons } = scoreApplication(criteria, ideal);
    expect(score).toBe(100);
    expect(reasons.find((reason) => reason.criterion === 'industry')).toEqual({
      criterion: 'industry',
      isMatch: true,
      points: 20,
      maxPoints: 20,
      values: ['manufacturing'],
    });
  });

  it.each([
    ['wrong region', { region: 'apac' }, 80, 'region', ['apac']],
    ['no preferred type', { partnerTypes: ['isv', 'referral'] }, 80, 'partnerType', ['isv', 'referral']],
    ['too small', { companySize: '1-10' }, 80, 'companySize', ['1-10']],
    ['no certifications', { certifications: [] }, 80, 'certifications', []],
  ] as const)('%s loses that criterion’s points', (_name, change, expected, criterion, values) => {
    const { score, reasons } = scoreApplication(criteria, { ...ideal, ...change });
    expect(score).toBe(expected);
    expect(reasons.find((reason) => reason.criterion === criterion)).toMatchObject({
      isMatch: false,
      points: 0,
      maxPoints: 20,
      values,
    });
  });

  it('scales to the sum of the weights and leaves weight-0 criteria out', () => {
    const weighted: ProfileCriteria = {
      ...criteria,
      region: { weight: 60, preferred: ['emea'] },
      industry: { weight: 0, preferred: ['Retail'] },
      companySize: { weight: 0, preferred: [] },
      certifications: { weight: 0, preferred: [] },
      partnerType: { weight: 20, preferred: ['isv'] },
    };
    const { score, reasons } = scoreApplication(weighted, ideal);
    expect(reasons.map((reason) => reason.criterion)).toEqual(['partnerType', 'region']);
    expect(score).toBe(75);
  });

  it('rounds to a whole number', () => {
    const thirds: ProfileCriteria = {
      ...criteria,
      partnerType: { weight: 10, preferred: ['msp'] },
      region: { weight: 10, preferred: ['apac'] },
      industry: { weight: 10, preferred: ['Energy'] },
      companySize: { weight: 0, preferred: [] },
      certifications: { weight: 0, preferred: [] },
    };
    expect(scoreApplication(thirds, ideal).score).toBe(67);
  });

  it('scores 0 with no reasons when nothing is weighted', () => {
    const empty: ProfileCriteria = {
      partnerType: { weight: 0, preferred: [] },
      region: { weight: 0, preferred: [] },
      industry: { weight: 0, preferred: [] },
      companySize: { weight: 0, preferred: [] },
      certifications: { weight: 0, preferred: [] },
    };
    expect(scoreApplication(empty, ideal)).toEqual({ score: 0, reasons: [] });
  });
});
