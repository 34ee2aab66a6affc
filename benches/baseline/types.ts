/**
 * Request/response shapes of the Hetzner Cloud API v1 used by the baseline
 * HetznerClient (plan 03-02 imports them from a separate types module).
 *
 * Only the fields the provisioning workflow relies on are typed precisely;
 * everything else the API returns is kept via index signatures.
 */

export type Labels = Record<string, string>;

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: unknown;
  };
}

export interface Pagination {
  page: number;
  per_page: number;
  previous_page: number | null;
  next_page: number | null;
  last_page: number | null;
  total_entries: number | null;
}

export interface ListMeta {
  pagination: Pagination;
}

export type ActionStatus = 'running' | 'success' | 'error';

export interface ActionResource {
  id: number;
  type: string;
}

export interface Action {
  id: number;
  command: string;
  status: ActionStatus;
  progress: number;
  started: string;
  finished: string | null;
  resources: ActionResource[];
  error: { code: string; message: string } | null;
  [key: string]: unknown;
}

export interface Server {
  id: number;
  name: string;
  status: string;
  created: string;
  labels: Labels;
  [key: string]: unknown;
}

export interface CreateServerRequest {
  name: string;
  server_type: string;
  image: string;
  location?: string;
  datacenter?: string;
  start_after_create?: boolean;
  ssh_keys?: Array<string | number>;
  volumes?: number[];
  networks?: number[];
  firewalls?: Array<{ firewall: number }>;
  user_data?: string;
  labels?: Labels;
  automount?: boolean;
  public_net?: {
    enable_ipv4?: boolean;
    enable_ipv6?: boolean;
    ipv4?: number | null;
    ipv6?: number | null;
  };
}

export interface CreateServerResponse {
  server: Server;
  action: Action;
  next_actions: Action[];
  root_password: string | null;
}

export interface ServerResponse {
  server: Server;
}

export interface ListServersParams {
  page?: number;
  per_page?: number;
  name?: string;
  label_selector?: string;
  status?: string;
  sort?: string;
}

export interface ServersListResponse {
  servers: Server[];
  meta: ListMeta;
}

export interface ActionsResponse {
  actions: Action[];
  meta?: ListMeta;
}

export interface ActionResponse {
  action: Action;
}

export interface SSHKey {
  id: number;
  name: string;
  fingerprint: string;
  public_key: string;
  labels: Labels;
  created: string;
  [key: string]: unknown;
}

export interface CreateSSHKeyRequest {
  name: string;
  public_key: string;
  labels?: Labels;
}

export interface SSHKeyResponse {
  ssh_key: SSHKey;
}

export interface FirewallRule {
  direction: 'in' | 'out';
  protocol: 'tcp' | 'udp' | 'icmp' | 'esp' | 'gre';
  port?: string;
  source_ips?: string[];
  destination_ips?: string[];
  description?: string;
}

export interface FirewallApplyTo {
  type: 'server' | 'label_selector';
  server?: { id: number };
  label_selector?: { selector: string };
}

export interface Firewall {
  id: number;
  name: string;
  labels: Labels;
  rules: FirewallRule[];
  applied_to: unknown[];
  created: string;
  [key: string]: unknown;
}

export interface CreateFirewallRequest {
  name: string;
  labels?: Labels;
  rules?: FirewallRule[];
  apply_to?: FirewallApplyTo[];
}

export interface FirewallResponse {
  firewall: Firewall;
  actions?: Action[];
}
