// The ES module entry's default export: the same object as `require('hcloud-native')`.
import hcloud, { HetznerClient } from 'hcloud-native'

const same: typeof HetznerClient = hcloud.HetznerClient
void same
// @ts-expect-error the default export carries values only.
void hcloud.CancelToken
