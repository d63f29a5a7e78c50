import { describe, expect, it } from 'vitest';
import { normalizeRequestPath, splitUrl } from '../../../src/evidence/cloud-logging/request-target.js';

describe('request paths', () => {
  it('strips the query and fragment and collapses numeric, UUID and hex-id segments', () => {
    expect(normalizeRequestPath('https://portal.example.com/api/orders/1234?page=2#x')).toBe('/api/orders/:id');
    expect(normalizeRequestPath('/api/users/5b0c6f5e-0d6e-4e0b-9a43-1f2f0e4c8b90/profile')).toBe('/api/users/:id/profile');
    expect(normalizeRequestPath('/api/invoices/64a7f0c2e1b9d3a5c7e9f1b3')).toBe('/api/invoices/:id');
    expect(normalizeRequestPath('/api/orders')).toBe('/api/orders');
  });

  it('keeps words that happen to be hex and short hashes', () => {
    expect(normalizeRequestPath('/deadbeef/facade/cafe')).toBe('/deadbeef/facade/cafe');
    expect(normalizeRequestPath('/assets/app.3f9a1c.js')).toBe('/assets/app.3f9a1c.js');
  });

  it('splits host and path without throwing on odd URLs', () => {
    expect(splitUrl('https://user@Shop.Example.com:8443/a?b')).toEqual({ host: 'shop.example.com', path: '/a' });
    expect(splitUrl('https://shop.example.com')).toEqual({ host: 'shop.example.com', path: '/' });
    expect(splitUrl('%%%bad')).toEqual({ path: '/%%%bad' });
    expect(splitUrl('')).toEqual({ path: '/' });
  });
});
