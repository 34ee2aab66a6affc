// Adapter: hcloud-js with one shim, so that it can be measured at all against the emulator.
//
// hcloud-js 1.4.1 builds every server with `new Datacenter(server.datacenter)`, which reads
// `datacenter.location` without checking it. The emulator follows the current API document, in
// which a Server has `location` and no `datacenter` (Hetzner deprecated that field), so every
// plain hcloud-js call that returns a server throws `TypeError: Cannot read properties of
// undefined (reading 'id')` (see the `hcloud-js` rows of the report). This variant is the
// unchanged `contenders/hcloud-js.mjs` adapter whose axios instance gets one extra response
// interceptor that adds `datacenter: { id, name, description, location, server_types }`, built
// from the server's `location`, to each server in a response body. That is a little extra work
// per server, which is counted in its figures.
import hcloud from 'hcloud-js';
import base from './hcloud-js.mjs';

function addDatacenter(server) {
  if (server && typeof server === 'object' && !server.datacenter && server.location) {
    const loc = server.location;
    server.datacenter = {
      id: loc.id,
      name: `${loc.name}-dc1`,
      description: `${loc.description} (shim)`,
      location: loc,
      server_types: { supported: [], available: [], available_for_migration: [] },
    };
  }
}

class ShimmedClient extends hcloud.Client {
  constructor(opts) {
    super(opts);
    this.axios.interceptors.response.use((response) => {
      const body = response.data;
      if (body && typeof body === 'object') {
        addDatacenter(body.server);
        if (Array.isArray(body.servers)) body.servers.forEach(addDatacenter);
      }
      return response;
    });
  }
}

export default {
  name: 'hcloud-js+dc',

  create(options) {
    // The base adapter calls `new hcloud.Client(...)` inside create(): swap the class for that
    // one call only, so the plain `hcloud-js` contender in the same process stays unshimmed.
    const original = hcloud.Client;
    hcloud.Client = ShimmedClient;
    try {
      return base.create(options);
    } finally {
      hcloud.Client = original;
    }
  },
};
