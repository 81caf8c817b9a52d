import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.ts';
import { assertDeliverableUrl, checkDeliverableUrl } from './deliverable-url.ts';

const hosted = { allowPrivateNetworks: false };
const selfHosted = { allowPrivateNetworks: true };

describe('checkDeliverableUrl', () => {
  it.each([
    ['https://hooks.example.com/trellis', true],
    ['http://hooks.example.com:8080/trellis?x=1', true],
    ['https://93.184.215.14/hook', true],
    ['https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook', true],
    ['https://172.32.0.1/', true], // just outside 172.16/12
    ['https://11.0.0.1/', true],
    ['https://localhost.example.com/', true], // a real domain, not the localhost name
    ['http://localhost:3000/hook', false],
    ['http://LOCALHOST./hook', false],
    ['http://api.localhost/hook', false],
    ['http://127.0.0.1/hook', false],
    ['http://127.1.2.3/hook', false],
    ['http://2130706433/', false], // 127.0.0.1 as a number
    ['http://0x7f.1/', false], // 127.0.0.1 in hex shorthand
    ['http://0.0.0.0/', false],
    ['http://10.1.2.3/', false],
    ['http://172.16.0.1/', false],
    ['http://172.31.255.255/', false],
    ['http://192.168.1.10/', false],
    ['http://169.254.169.254/latest/meta-data/', false], // cloud metadata
    ['http://[::1]/', false],
    ['http://[::]/', false],
    ['http://[::ffff:127.0.0.1]/', false], // IPv4-mapped IPv6
    ['http://[::ffff:10.0.0.1]/', false],
    ['http://[fd00:ec2::254]/', false], // fc00::/7, AWS metadata over IPv6
    ['http://[fc00::1]/', false],
    ['http://[fe80::1]/', false],
    ['http://[febf::1]/', false],
  ])('%s → allowed %s when private networks are refused', (url, isAllowed) => {
    expect(checkDeliverableUrl(url, hosted).isAllowed).toBe(isAllowed);
  });

  it.each([
    ['ftp://hooks.example.com/', 'Webhook URLs use http or https, not ftp.'],
    ['file:///etc/passwd', 'Webhook URLs use http or https, not file.'],
    ['javascript:alert(1)', 'Webhook URLs use http or https, not javascript.'],
    ['https://user:pass@hooks.example.com/', 'Webhook URLs cannot contain a user name or password.'],
    ['https://user@hooks.example.com/', 'Webhook URLs cannot contain a user name or password.'],
    ['/relative/path', 'The webhook URL is not a valid absolute URL.'],
    ['not a url', 'The webhook URL is not a valid absolute URL.'],
  ])('%s is refused everywhere: %s', (url, reason) => {
    expect(checkDeliverableUrl(url, hosted)).toEqual({ isAllowed: false, reason });
    expect(checkDeliverableUrl(url, selfHosted)).toEqual({ isAllowed: false, reason });
  });

  it('allows private addresses and localhost when the install allows private networks', () => {
    for (const url of [
      'http://localhost:3000/',
      'http://127.0.0.1:9/',
      'http://[::1]/',
      'http://10.0.0.2/',
    ]) {
      expect(checkDeliverableUrl(url, selfHosted).isAllowed).toBe(true);
    }
  });

  it('names the refused address', () => {
    expect(checkDeliverableUrl('http://192.168.0.1/', hosted)).toEqual({
      isAllowed: false,
      reason: 'Webhook URLs cannot point at a loopback, private or link-local address (192.168.0.1).',
    });
  });
});

describe('assertDeliverableUrl', () => {
  it('returns the parsed URL when allowed', () => {
    expect(assertDeliverableUrl('https://hooks.example.com/a', hosted).href).toBe(
      'https://hooks.example.com/a',
    );
  });

  it('throws a validation DomainError naming the field', () => {
    const attempt = () => assertDeliverableUrl('http://localhost/', { ...hosted, field: 'body.endpointUrl' });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      expect.objectContaining({
        kind: 'validation',
        code: 'webhook_url_not_allowed',
        fields: [{ field: 'body.endpointUrl', message: 'Webhook URLs cannot point at localhost.' }],
      }),
    );
  });
});
