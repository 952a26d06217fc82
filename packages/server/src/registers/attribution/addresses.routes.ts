import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { normalizeAddress, registerKinds, type AddressAssignments, type UnresolvedAddresses, type UnresolvedAddressGroup } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../../accounts/request-identity.js';
import type { ServerContext } from '../../http/context.js';
import { registerRepository } from '../register.repository.js';
import { countyQuery } from '../../counties/county-of-request.js';
import { countyScope, scopeRegions } from '../county-scope.js';
import { pageQuery } from '../record-query.js';
import { addressAssignmentsRepository } from './address-assignments.repository.js';
import { OUTSIDE_COUNTY } from './address-placer.js';
import { assignAddress } from './assign-address.js';
import { describePlacement } from './placement-note.js';

const tags = ['registers'];

/**
 * 地址归属: the addresses no region of the plan could be found for, grouped over every register
 * with how many records carry each, and the office's assignments (kept across imports).
 */
export function addressesRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/addresses/unresolved',
      {
        config: { access: { permission: 'registers.read' } },
        schema: { tags, summary: 'Unresolved addresses, most records first, with the records of each register that carry them', querystring: countyQuery.extend(pageQuery.shape).extend({ q: z.string().max(200).optional() }) },
      },
      async (request): Promise<UnresolvedAddresses> => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        const rows = await registerRepository.unresolvedAddresses(ctx.handle.db, scope.countyId, registerKinds, scopeRegions(request, 'registers.read', scope.regions));
        const byAddress = new Map<string, UnresolvedAddressGroup>();
        for (const row of rows) {
          const entry = byAddress.get(row.addressKey) ?? { addressKey: row.addressKey, address: row.address, reason: describePlacement(row.note), records: 0, registers: {} };
          entry.records += row.records;
          entry.registers[row.kind] = (entry.registers[row.kind] ?? 0) + row.records;
          byAddress.set(row.addressKey, entry);
        }
        const q = request.query.q ? normalizeAddress(request.query.q) : '';
        const all = [...byAddress.values()].filter((a) => q === '' || a.addressKey.includes(q)).sort((a, b) => b.records - a.records || a.addressKey.localeCompare(b.addressKey));
        const { page, pageSize } = request.query;
        return { total: all.length, records: all.reduce((sum, a) => sum + a.records, 0), page, pageSize, addresses: all.slice((page - 1) * pageSize, page * pageSize) };
      },
    );

    app.get(
      '/addresses/assignments',
      { config: { access: { permission: 'registers.read' } }, schema: { tags, summary: 'The office’s address → region assignments', querystring: countyQuery } },
      async (request): Promise<AddressAssignments> => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        return { assignments: await addressAssignmentsRepository.all(ctx.handle.db, scope.countyId), outside: OUTSIDE_COUNTY };
      },
    );

    app.put(
      '/addresses/assignments',
      {
        config: { access: { permission: 'registers.write' } },
        schema: {
          tags,
          summary: `Assign an address to a region of the plan (or "${OUTSIDE_COUNTY}": not in the county); every record with the address is placed again at once`,
          querystring: countyQuery,
          body: z.object({ address: z.string().trim().min(1).max(500), region: z.string().min(1).max(100) }),
        },
      },
      async (request) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        return assignAddress({ ctx, countyId: scope.countyId, user: actingUser(request), address: request.body.address, region: request.body.region });
      },
    );

    app.delete(
      '/addresses/assignments',
      {
        config: { access: { permission: 'registers.write' } },
        schema: { tags, summary: 'Remove an assignment; the records with the address are placed by the rules again', querystring: countyQuery.extend({ address: z.string().trim().min(1).max(500) }) },
      },
      async (request) => {
        const scope = await countyScope(ctx.handle.db, request.countyId);
        return assignAddress({ ctx, countyId: scope.countyId, user: actingUser(request), address: request.query.address, region: null });
      },
    );
  };
}
