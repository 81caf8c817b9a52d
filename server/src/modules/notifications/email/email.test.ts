import { once } from 'node:events';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpPeer } from '../../../../test/smtp-peer.ts';
import { type EmailBranding, renderEmail } from './email-templates.ts';
import {
  createMailer,
  EmailDeliveryError,
  isPermanentSmtpFailure,
  type SmtpConfigInput,
  sendEmail,
} from './smtp-transport.ts';

const REPLY_BY_MAILBOX: Record<string, number> = { 'gone@example.test': 550, 'busy@example.test': 451 };
const startSmtpServer = () => startSmtpPeer({ refuse: REPLY_BY_MAILBOX });

async function listenOn(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

const branding: EmailBranding = {
  productName: 'Acme Channels',
  primaryColor: '#FF5500',
  logoUrl: 'https://cdn.example.test/logo.png',
};
const invitedVars = {
  inviteeName: 'Ana',
  organisationName: 'Northwind',
  role: 'partner_sales',
  acceptUrl: 'https://app.example.test/accept-invitation?token=abc&x=1',
  expiresInDays: 7,
} as const;
const fast = { connectionTimeoutMs: 1_000, greetingTimeoutMs: 1_000, socketTimeoutMs: 2_000 };

describe('e-mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let config: SmtpConfigInput;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    config = {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      from: 'Acme <no-reply@example.test>',
      ...fast,
    };
  });
  afterAll(() => smtp.close());

  async function sendAndReceive(to: string, rendered: ReturnType<typeof renderEmail>) {
    const before = smtp.received.length;
    const sent = await sendEmail(createMailer(config), {
      to,
      ...rendered,
      headers: { 'X-Trellis-Email-Id': 'email_test' },
    });
    expect(smtp.received).toHaveLength(before + 1);
    return { sent, mail: smtp.received.at(-1)!.mail };
  }

  it('delivers a branded invitation with headers, a text part and an HTML part', async () => {
    const rendered = renderEmail({ template: 'user.invited', locale: 'en', branding, vars: invitedVars });
    const { sent, mail } = await sendAndReceive('ana@example.test', rendered);

    expect(sent.accepted).toEqual(['ana@example.test']);
    expect(sent.rejected).toEqual([]);
    expect(sent.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.from?.value[0]).toEqual({ name: 'Acme', address: 'no-reply@example.test' });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe('ana@example.test');
    expect(mail.subject).toBe('You are invited to join Northwind on Acme Channels');
    expect(mail.headers.get('x-trellis-email-id')).toBe('email_test');
    expect(mail.text).toContain('Hello Ana,');
    expect(mail.text).toContain('as a partner sales rep.');
    expect(mail.text).toContain(invitedVars.acceptUrl);
    expect(mail.text).toContain('valid for 7 days');
    expect(mail.html).toContain('Acme Channels');
    expect(mail.html).toContain('background-color:#ff5500');
    expect(mail.html).toContain('src="https://cdn.example.test/logo.png"');
    expect(mail.html).toContain('href="https://app.example.test/accept-invitation?token=abc&amp;x=1"');
  });

  it('renders the invitation in German and Japanese', async () => {
    const german = renderEmail({ template: 'user.invited', locale: 'de-AT', branding, vars: invitedVars });
    const { mail: de } = await sendAndReceive('ana@example.test', german);
    expect(de.subject).toBe('Einladung zu Northwind auf Acme Channels');
    expect(de.text).toContain('Hallo Ana,');
    expect(de.text).toContain('in der Rolle „Partner-Vertrieb“ beizutreten');
    expect(de.text).toContain('Die Einladung ist 7 Tage gültig.');
    expect(de.html).toContain('Einladung annehmen');
    expect(de.html).toContain('<html lang="de">');

    const japanese = renderEmail({ template: 'user.invited', locale: 'ja_JP', branding, vars: invitedVars });
    const { mail: ja } = await sendAndReceive('ana@example.test', japanese);
    expect(ja.subject).toBe('Acme Channels で Northwind への招待が届いています');
    expect(ja.text).toContain('Ana 様');
    expect(ja.text).toContain('「パートナー営業担当」として参加するよう招待されました');
    expect(ja.text).toContain('有効期限は7日間です');
    expect(ja.html).toContain('招待を承諾する');
  });

  it('escapes a hostile name in the HTML and keeps it verbatim in the text', async () => {
    const hostile = '<script>alert(1)</script>';
    const rendered = renderEmail({
      template: 'user.invited',
      locale: 'en',
      branding: { productName: 'Acme "<b>"', primaryColor: '#123456' },
      vars: { ...invitedVars, inviteeName: hostile, organisationName: `O'Brien & <i>Co</i>` },
    });
    const { mail } = await sendAndReceive('ana@example.test', rendered);

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<i>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.html).toContain('O&#39;Brien &amp; &lt;i&gt;Co&lt;/i&gt;');
    expect(mail.text).toContain(`Hello ${hostile},`);
  });

  it('reports a 550 recipient refusal as permanent', async () => {
    const rendered = renderEmail({ template: 'user.invited', locale: 'en', branding, vars: invitedVars });
    const error = await sendEmail(createMailer(config), { to: 'gone@example.test', ...rendered }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect(error).toMatchObject({
      isPermanent: true,
      responseCode: 550,
      code: 'EENVELOPE',
      command: 'RCPT TO',
    });
    expect((error as EmailDeliveryError).rejected).toEqual(['gone@example.test']);
  });

  it('reports a 451 recipient deferral as transient', async () => {
    const rendered = renderEmail({ template: 'user.invited', locale: 'en', branding, vars: invitedVars });
    const error = await sendEmail(createMailer(config), { to: 'busy@example.test', ...rendered }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect(error).toMatchObject({ isPermanent: false, responseCode: 451 });
  });

  it('delivers to the accepted recipients and lists the refused ones', async () => {
    const rendered = renderEmail({ template: 'user.invited', locale: 'en', branding, vars: invitedVars });
    const sent = await sendEmail(createMailer(config), {
      to: ['ana@example.test', 'gone@example.test'],
      ...rendered,
    });
    expect(sent).toMatchObject({ accepted: ['ana@example.test'], rejected: ['gone@example.test'] });
    expect(smtp.received.at(-1)!.envelopeTo).toEqual(['ana@example.test']);
  });

  it('reports a refused connection as transient', async () => {
    const closed = createServer();
    const port = await listenOn(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await sendEmail(createMailer({ ...config, port }), {
      to: 'ana@example.test',
      subject: 's',
      text: 't',
      html: '<p>t</p>',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect(error).toMatchObject({ isPermanent: false, code: 'ESOCKET', responseCode: null });
  });

  it('gives up on a server that never greets after the greeting timeout, as transient', async () => {
    const silent = createServer(() => {});
    const port = await listenOn(silent);
    const started = Date.now();
    const error = await sendEmail(createMailer({ ...config, port, greetingTimeoutMs: 200 }), {
      to: 'ana@example.test',
      subject: 's',
      text: 't',
      html: '<p>t</p>',
    }).catch((caught: unknown) => caught);
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(error).toMatchObject({ isPermanent: false, code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('classifying SMTP failures', () => {
  it.each([
    { code: 'EENVELOPE', responseCode: 550, isPermanent: true },
    { code: 'EENVELOPE', responseCode: 553, isPermanent: true },
    { code: 'EMESSAGE', responseCode: 554, isPermanent: true },
    { code: 'EENVELOPE', responseCode: null, isPermanent: true },
    { code: 'EENVELOPE', responseCode: 451, isPermanent: false },
    { code: 'EMESSAGE', responseCode: 452, isPermanent: false },
    { code: 'EENVELOPE', responseCode: 503, isPermanent: false },
    { code: 'EAUTH', responseCode: 535, isPermanent: false },
    { code: 'EPROTOCOL', responseCode: 554, isPermanent: false },
    { code: 'ECONNECTION', responseCode: null, isPermanent: false },
    { code: 'ETIMEDOUT', responseCode: null, isPermanent: false },
    { code: null, responseCode: null, isPermanent: false },
  ])('$code $responseCode → permanent: $isPermanent', ({ code, responseCode, isPermanent }) => {
    expect(isPermanentSmtpFailure({ code, responseCode })).toBe(isPermanent);
  });
});
