import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../platform/permissions.ts';
import {
  DEFAULT_EMAIL_BRANDING,
  EMAIL_LOCALES,
  type RenderEmailInput,
  renderEmail,
  resolveEmailLocale,
} from './email-templates.ts';

const branding = DEFAULT_EMAIL_BRANDING;
const samples: RenderEmailInput[] = [
  {
    template: 'user.invited',
    branding,
    vars: {
      organisationName: 'Northwind',
      role: 'partner_admin',
      acceptUrl: 'https://app.example.test/a',
      expiresInDays: 1,
    },
  },
  {
    template: 'user.password_reset_requested',
    branding,
    vars: { userName: 'Ana', resetUrl: 'https://app.example.test/r', expiresInMinutes: 60 },
  },
  {
    template: 'notification',
    branding,
    vars: { title: 'Deal approved', body: 'First.\n\nSecond.', actionUrl: 'https://app.example.test/d' },
  },
  {
    template: 'partner_application.received',
    branding,
    vars: { applicantName: 'Ana', companyName: 'Fabrikam' },
  },
  {
    template: 'partner_application.rejected',
    branding,
    vars: {
      applicantName: 'Ana',
      companyName: 'Fabrikam',
      message: 'We have enough partners in your region.',
    },
  },
  {
    template: 'compliance.document',
    branding,
    vars: {
      event: 'rejected',
      organisationName: 'Northwind',
      requirementName: 'Insurance',
      reason: 'Unsigned',
      expiresOn: '2027-01-31',
      actionUrl: 'https://app.example.test/portal/compliance',
    },
  },
];

describe('renderEmail', () => {
  it.each([
    ['de-AT', 'de'],
    ['JA_jp', 'ja'],
    ['fr', 'fr'],
    ['es-419', 'es'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('resolves locale %j to %s', (given, expected) => {
    expect(resolveEmailLocale(given)).toBe(expected);
  });

  it('translates every template into every language', () => {
    for (const sample of samples) {
      const english = renderEmail({ ...sample, locale: 'en' });
      for (const locale of EMAIL_LOCALES) {
        const rendered = renderEmail({ ...sample, locale });
        expect(rendered.subject.length).toBeGreaterThan(0);
        expect(rendered.html).toContain(`<html lang="${locale}">`);
        expect(rendered.text).toMatch(/\n-- \n.+\n$/);
        if (locale === 'en' || sample.template === 'notification') continue;
        expect(rendered.subject).not.toBe(english.subject);
        expect(rendered.text).not.toBe(english.text);
      }
    }
  });

  it('falls back to English for an unknown locale', () => {
    const rendered = renderEmail({ ...samples[0]!, locale: 'pt-BR' } as RenderEmailInput);
    expect(rendered.subject).toBe('You are invited to join Northwind on Trellis');
    expect(rendered.text).toContain('as a partner administrator.');
    expect(rendered.text).toContain('valid for 1 day.');
  });

  it.each(ROLES)('names role %s in words in every language', (role) => {
    const labels = new Set<string>();
    for (const locale of EMAIL_LOCALES) {
      const { text } = renderEmail({
        template: 'user.invited',
        locale,
        branding,
        vars: { organisationName: 'N', role, acceptUrl: 'https://x.test/', expiresInDays: 7 },
      });
      expect(text).not.toMatch(/[a-z]_[a-z]|undefined/);
      labels.add(text);
    }
    expect(labels.size).toBe(EMAIL_LOCALES.length);
  });

  it('uses the right article, elision and role words', () => {
    const invite = (locale: string, role: 'admin' | 'analyst' | 'partner_sales') =>
      renderEmail({
        template: 'user.invited',
        locale,
        branding,
        vars: { organisationName: 'N', role, acceptUrl: 'https://x.test/', expiresInDays: 3 },
      }).text;
    expect(invite('en', 'admin')).toContain('as an administrator.');
    expect(invite('en', 'partner_sales')).toContain('as a partner sales rep.');
    expect(invite('fr', 'analyst')).toContain('en tant qu’analyste.');
    expect(invite('fr', 'partner_sales')).toContain('en tant que commercial partenaire.');
    expect(invite('es', 'partner_sales')).toContain('como representante de ventas del socio.');
    expect(invite('fr', 'admin')).toContain('valable 3 jours.');
  });

  it('states the reset lifetime in hours or minutes', () => {
    const reset = (locale: string, expiresInMinutes?: number) =>
      renderEmail({
        template: 'user.password_reset_requested',
        locale,
        branding,
        vars: { userName: 'Ana', resetUrl: 'https://x.test/r', expiresInMinutes },
      }).text;
    expect(reset('en', 60)).toContain('The link is valid for 1 hour.');
    expect(reset('en', 30)).toContain('The link is valid for 30 minutes.');
    expect(reset('de', 120)).toContain('Der Link ist 2 Stunden gültig.');
    expect(reset('es', 60)).toContain('El enlace es válido durante 1 hora.');
    expect(reset('ja', 60)).toContain('有効期限は1時間です');
    expect(reset('en')).not.toContain('valid for');
  });

  it('lays out a notification with paragraphs and an optional, localized action', () => {
    const withAction = renderEmail({ ...samples[2]!, locale: 'fr' } as RenderEmailInput);
    expect(withAction.subject).toBe('Deal approved');
    expect(withAction.html).toContain('<p style="margin:0 0 16px;">First.</p>');
    expect(withAction.html).toContain('Ouvrir dans Trellis');
    expect(withAction.text).toBe(
      'First.\n\nSecond.\n\nOuvrir dans Trellis\u00a0:\nhttps://app.example.test/d\n\n-- \nCe message vous a été envoyé par Trellis.\n',
    );

    const plain = renderEmail({
      template: 'notification',
      locale: 'en',
      branding,
      vars: { title: 'Line\nbreak', body: 'Only text.' },
    });
    expect(plain.subject).toBe('Line break');
    expect(plain.html).not.toContain('<a ');

    const labelled = renderEmail({
      template: 'notification',
      locale: 'ja',
      branding,
      vars: { title: 't', body: 'b', actionUrl: 'https://x.test/', actionLabel: '<b>Review</b>' },
    });
    expect(labelled.html).toContain('&lt;b&gt;Review&lt;/b&gt;</a>');
  });

  it('refuses action links that are not http(s) and drops such a logo', () => {
    const vars = { title: 't', body: 'b', actionUrl: 'javascript:alert(1)' };
    expect(() => renderEmail({ template: 'notification', locale: 'en', branding, vars })).toThrow(/http/);
    const { html } = renderEmail({
      template: 'notification',
      locale: 'en',
      branding: { ...branding, logoUrl: 'javascript:alert(1)' },
      vars: { title: 't', body: 'b' },
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });

  it('keeps a malformed colour out of the styles and picks a readable button text', () => {
    const render = (primaryColor: string) =>
      renderEmail({
        ...samples[0]!,
        locale: 'en',
        branding: { productName: 'P', primaryColor },
      } as RenderEmailInput).html;
    const hostile = render('red;background:url(https://evil.test)');
    expect(hostile).not.toContain('evil.test');
    expect(hostile).toContain('background-color:#2563eb;color:#ffffff');
    expect(render('#FE0')).toContain('background-color:#fe0;color:#111827');
  });

  it('binds vars to the template at compile time', () => {
    expect(() =>
      renderEmail({
        template: 'user.password_reset_requested',
        locale: 'en',
        branding,
        // @ts-expect-error: a password reset takes resetUrl, not acceptUrl
        vars: { userName: 'Ana', acceptUrl: 'https://x.test/' },
      }),
    ).toThrow();
  });
});
