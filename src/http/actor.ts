/**
 * Who is calling. Until accounts exist, every API caller acts as a coordinator on a server that
 * listens on the loopback interface by default.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor.ts';

export function requestActor(_request: FastifyRequest): Actor {
  return { id: 'api', role: 'coordinator', party: null };
}
