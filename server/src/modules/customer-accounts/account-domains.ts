import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { registrableDomainOf } from '../deals/index.ts';

/**
 * Web addresses or domains as people paste them ("https://www.shop.acme.co.uk/en"), kept as the
 * registrable domains ("acme.co.uk") the conflict check compares, each once. One that has none
 * (an IP address, a typo without a known suffix) is refused by its position in the list.
 */
export function registrableDomains(values: string[]): string[] {
  const problems: FieldProblem[] = [];
  const domains: string[] = [];
  values.forEach((value, index) => {
    const domain = registrableDomainOf(value);
    if (!domain) {
      problems.push({
        field: `body.domains.${index}`,
        message: 'must be a web address or domain such as "acme.com"',
      });
    } else if (!domains.includes(domain)) {
      domains.push(domain);
    }
  });
  if (problems.length > 0) {
    throw new DomainError(
      'validation',
      'invalid_domain',
      'Some domains are not web addresses or domains.',
      problems,
    );
  }
  return domains;
}
