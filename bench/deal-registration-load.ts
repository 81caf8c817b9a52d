/**
 * The partners' side of the deal registration benchmark, in its own process as real clients are:
 * keeps BENCH_CONNECTIONS registrations in flight against the server for BENCH_DEAL_SECONDS, each
 * as the next signed-in partner, and prints what it saw as JSON. Started by deal-registration.bench.ts.
 */
import autocannon from 'autocannon';
import type { Session } from './bench-server.ts';
import { registrationBody } from './deal-registration.bench.ts';

type LoadPlan = {
  address: string;
  sessions: Session[];
  connections: number;
  seconds: number;
  first?: number;
};

const plan = JSON.parse(process.env.BENCH_DEAL_LOAD_PLAN ?? '') as LoadPlan;
let sequence = plan.first ?? 0;
const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: plan.address,
      connections: plan.connections,
      duration: plan.seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/deal-registrations',
          setupRequest: (request) => {
            const n = sequence++;
            const session = plan.sessions[n % plan.sessions.length]!;
            return {
              ...request,
              headers: {
                'content-type': 'application/json',
                cookie: session.cookie,
                'x-csrf-token': session.csrfToken,
              },
              body: JSON.stringify(registrationBody(n)),
            };
          },
        },
      ],
    },
    (error, finished) => (error ? reject(error) : resolve(finished)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
});
const statusCodes = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [
    code,
    (stats as { count: number }).count,
  ]),
);
process.stdout.write(
  JSON.stringify({
    statusCodes,
    failed: result.non2xx + result.errors + result.timeouts,
    latencies: latencies.sort((a, b) => a - b),
  }),
);
