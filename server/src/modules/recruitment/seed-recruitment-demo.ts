import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import type { PartnerType } from '../organisations/partner-types.ts';
import type { CompanySize } from './company-sizes.ts';
import { DEFAULT_PROFILE } from './schemas.ts';
import { type ProfileCriteria, scoreApplication } from './scoring.ts';
import { idealPartnerProfiles, partnerApplications } from './tables.ts';

const DEMO_CRITERIA: ProfileCriteria = {
  partnerType: { weight: 25, preferred: ['reseller', 'msp', 'system_integrator'] },
  region: { weight: 25, preferred: ['emea', 'north-america'] },
  industry: { weight: 20, preferred: ['Manufacturing', 'Financial services', 'Healthcare'] },
  companySize: { weight: 15, preferred: ['51-200', '201-1000'] },
  certifications: { weight: 15, preferred: ['ISO 27001', 'Acme Certified Architect'] },
};

type DemoApplication = {
  companyName: string;
  websiteDomain: string;
  country: string;
  region: string;
  partnerTypes: PartnerType[];
  industries: string[];
  companySize: CompanySize;
  certifications: string[];
  applicantName: string;
  applicantEmail: string;
  applicantJobTitle: string;
  message: string;
  locale: string;
};

/** From a perfect fit to a poor one, and one that looks like Northwind (the duplicate warning). */
const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    companyName: 'Tailspin Analytics',
    websiteDomain: 'tailspin.test',
    country: 'US',
    region: 'north-america',
    partnerTypes: ['isv'],
    industries: ['Technology'],
    companySize: '11-50',
    certifications: [],
    applicantName: 'Toni Tailspin',
    applicantEmail: 'toni@tailspin.test',
    applicantJobTitle: 'Founder',
    message: 'We build analytics add-ons and would like to list them with Acme Cloud.',
    locale: 'en',
  },
  {
    companyName: 'Northwind Systems UK',
    websiteDomain: 'northwind-systems.test',
    country: 'GB',
    region: 'emea',
    partnerTypes: ['reseller'],
    industries: ['Retail'],
    companySize: '11-50',
    certifications: [],
    applicantName: 'Nia Norris',
    applicantEmail: 'nia@northwind-systems.test',
    applicantJobTitle: 'Sales Director',
    message: 'We resell to retailers across the UK.',
    locale: 'en',
  },
  {
    companyName: 'Litware Santé',
    websiteDomain: 'litware.test',
    country: 'FR',
    region: 'emea',
    partnerTypes: ['system_integrator'],
    industries: ['Healthcare'],
    companySize: '1001+',
    certifications: [],
    applicantName: 'Léa Lefèvre',
    applicantEmail: 'lea@litware.test',
    applicantJobTitle: 'Directrice des alliances',
    message: 'Nous intégrons des plateformes cloud pour les hôpitaux.',
    locale: 'fr',
  },
  {
    companyName: 'Fabrikam Industrial',
    websiteDomain: 'fabrikam.test',
    country: 'DE',
    region: 'emea',
    partnerTypes: ['msp'],
    industries: ['Manufacturing'],
    companySize: '51-200',
    certifications: ['ISO 27001'],
    applicantName: 'Frida Fabrikam',
    applicantEmail: 'frida@fabrikam.test',
    applicantJobTitle: 'Managing Director',
    message: 'We run the infrastructure of 40 mid-sized manufacturers in Bavaria.',
    locale: 'de',
  },
];

/** The demo's Ideal Partner Profile and a few scored applications (scenery, so no audit rows). */
export async function seedRecruitmentDemo(tx: Transaction, workspaceId: string, now: Date): Promise<void> {
  await tx.insert(idealPartnerProfiles).values({
    id: newId('idealPartnerProfile'),
    workspaceId,
    criteria: DEMO_CRITERIA,
    formRegions: DEFAULT_PROFILE.formRegions,
    formIndustries: DEFAULT_PROFILE.formIndustries,
  });
  for (const application of DEMO_APPLICATIONS) {
    const fit = scoreApplication(DEMO_CRITERIA, application);
    await tx.insert(partnerApplications).values({
      id: newId('partnerApplication'),
      workspaceId,
      ...application,
      consentedAt: now,
      fitScore: fit.score,
      scoreReasons: fit.reasons,
      scoredAt: now,
    });
  }
}
