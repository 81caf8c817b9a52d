import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { envelopeTo: string[]; mail: ParsedMail };

/**
 * A real SMTP server on loopback, the peer of every e-mail test. Mailboxes in `refuse` are turned
 * away at RCPT TO with the given reply code (550 permanent, 451 temporary).
 */
export async function startSmtpPeer({ refuse = {} }: { refuse?: Record<string, number> } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 500,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const responseCode = refuse[address.address];
      if (!responseCode) return callback();
      callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    /** Everything delivered to one address. */
    to: (address: string) => received.filter((entry) => entry.envelopeTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
