import { describe, expect, it } from 'vitest';
import { hitHref, href, parseHash } from './router';

describe('hash routes', () => {
  it('reads the overview, entity pages and views with parameters', () => {
    expect(parseHash('')).toEqual({ view: 'map' });
    expect(parseHash('#/')).toEqual({ view: 'map' });
    expect(parseHash('#/region/230100')).toEqual({ view: 'region', id: '230100' });
    expect(parseHash('#/park/limin-biomedicine-industrial-park')).toEqual({ view: 'park', id: 'limin-biomedicine-industrial-park' });
    expect(parseHash('#/chain?chain=lingzhi-chain&area=sui-ha-da-qi-biomanufacturing-cluster')).toEqual({
      view: 'chain',
      params: { chain: 'lingzhi-chain', area: 'sui-ha-da-qi-biomanufacturing-cluster' },
    });
    expect(parseHash('#/search?q=%E5%93%88%E8%8D%AF')).toEqual({ view: 'search', params: { q: '哈药' } });
  });

  it('refuses unknown or malformed paths', () => {
    expect(parseHash('#/nope/1').view).toBe('notFound');
    expect(parseHash('#/region').view).toBe('notFound');
    expect(parseHash('#/region/1/2').view).toBe('notFound');
  });

  it('writes links that read back to the same route, dropping empty parameters', () => {
    const link = href('chain', undefined, { chain: 'a:b', area: '230000', link: undefined, x: '' });
    expect(link).toBe('#/chain?chain=a%3Ab&area=230000');
    expect(parseHash(link)).toEqual({ view: 'chain', params: { chain: 'a:b', area: '230000' } });
    expect(parseHash(href('enterprise', 'a b/c'))).toEqual({ view: 'enterprise', id: 'a b/c' });
  });

  it('opens a search hit by its kind', () => {
    expect(hitHref('REGION', '230100')).toBe('#/region/230100');
    expect(hitHref('CHAIN_LINK', 'straw-cellulosic-ethanol-chain:ethanol')).toBe(
      '#/chain?chain=straw-cellulosic-ethanol-chain&link=straw-cellulosic-ethanol-chain%3Aethanol',
    );
    expect(hitHref('DOMAIN', 'biomanufacturing')).toBeNull();
  });
});
