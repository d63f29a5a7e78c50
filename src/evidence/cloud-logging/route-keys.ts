// The routes a request log's per-route health is kept for, bounded per service: the first
// routes seen keep their own counts, later ones are pooled as "other" (their method kept).

import { OTHER_ROUTE } from '../health/routes.js';

/** A method and route of one service, as counted. */
export interface RouteKey {
  method: string;
  route: string;
}

/** Admits routes per service up to a bound and counts the requests pooled beyond it. */
export class RouteKeys {
  private readonly admitted = new Map<string, Map<string, RouteKey>>();
  private readonly pooled = new Map<string, RouteKey>();
  /** Requests counted under "other" because their service already had `limit` routes. */
  pooledRequests = 0;

  constructor(readonly limit: number) {}

  /** The key a request of `service` on `method route` is counted under (the same object each time). */
  keyOf(service: string, method: string, route: string): RouteKey {
    let routes = this.admitted.get(service);
    if (!routes) {
      routes = new Map();
      this.admitted.set(service, routes);
    }
    const id = `${method} ${route}`;
    const known = routes.get(id);
    if (known) return known;
    if (routes.size < this.limit) {
      const key = { method, route };
      routes.set(id, key);
      return key;
    }
    this.pooledRequests += 1;
    return this.pooledKey(method);
  }

  private pooledKey(method: string): RouteKey {
    let key = this.pooled.get(method);
    if (!key) {
      key = { method, route: OTHER_ROUTE };
      this.pooled.set(method, key);
    }
    return key;
  }
}
