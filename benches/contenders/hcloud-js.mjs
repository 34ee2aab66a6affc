// Adapter: hcloud-js (npm, https://github.com/dennisbruner/hcloud-js), a
// third-party axios-based client. Its Client constructor accepts `baseURL`
// (passed straight to axios.create), which is how it is pointed at the
// emulator; plain http:// works because axios picks node's http transport
// from the URL's protocol. See benches/README.md for its limitations.
import hcloud from 'hcloud-js';

const PER_PAGE = 50;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// hcloud-js rejects with an APIError that is not an Error (no stack, not
// `instanceof Error`); turn it into one so the harness prints something useful.
function asError(err, what) {
  if (err instanceof Error) return err;
  const e = new Error(`hcloud-js ${what} failed: ${err?.code ?? 'unknown'}: ${err?.message ?? String(err)}`);
  e.code = err?.code;
  e.details = err?.details;
  return e;
}

export default {
  name: 'hcloud-js',

  create({ baseUrl, token, pollIntervalMs = 1000, timeoutMs }) {
    if (!baseUrl) throw new Error('hcloud-js: baseUrl is required');
    if (!/^https?:\/\//.test(baseUrl)) {
      throw new Error(`hcloud-js: baseUrl must be an absolute http(s) URL, got ${baseUrl}`);
    }
    const client = new hcloud.Client({
      token,
      // axios joins baseURL and the library's '/servers' paths with exactly
      // one slash, so with or without a trailing slash both work.
      baseURL: baseUrl,
      // hcloud-js defaults to a 5 s response timeout; keep it unless asked.
      ...(timeoutMs ? { timeout: timeoutMs } : {}),
    });

    return {
      async getServer(id) {
        try {
          // resolves with an hcloud-js Server instance (camelCased fields)
          return await client.servers.get(Number(id));
        } catch (err) {
          throw asError(err, `GET /servers/${id}`);
        }
      },

      async listAllServers() {
        try {
          let list = await client.servers.list({ page: 1, perPage: PER_PAGE });
          let count = list.servers.length;
          while (list.nextPage) {
            list = await list.next(); // GET /servers?page=next_page&per_page=50
            count += list.servers.length;
          }
          return count;
        } catch (err) {
          throw asError(err, 'GET /servers');
        }
      },

      async provision({ name, server_type, image }) {
        let action;
        try {
          ({ action } = await client.servers.build(name).serverType(server_type).image(image).create());
        } catch (err) {
          throw asError(err, 'POST /servers');
        }
        // hcloud-js has no "wait for action" helper: poll GET /actions/{id}.
        while (action.status !== 'success') {
          if (action.status === 'error') {
            throw new Error(`hcloud-js: create_server action ${action.id} failed: ${action.error?.message ?? 'error'}`);
          }
          await sleep(pollIntervalMs);
          try {
            action = await client.actions.get(action.id);
          } catch (err) {
            throw asError(err, `GET /actions/${action.id}`);
          }
        }
      },
    };
  },
};
