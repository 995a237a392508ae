import { afterEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { catalogueItem } from '../../../helpers/sales.js';
import { putCatalogue } from '../../../helpers/sale-desk.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

async function deskWithCatalogue() {
  const d = await readyDesk({ language: 'cs' });
  desks.push(d);
  putCatalogue(d.desk,
    catalogueItem({ sku: 'KET-20', gtins: ['8594001234561'], names: { cs: 'Rychlovarná konvice 1,7 l', en: 'Kettle', ru: 'Чайник Сёмга' } }),
    catalogueItem({ sku: 'MUG-1', gtins: ['4006381333931'], names: { en: 'Mug "Prague"' } }),
    catalogueItem({ sku: 'PEN-2', names: { cs: 'Pero 😀ab', uk: 'Ручка Ґудзь' } }));
  const skus = async (query: string) => ok(await d.client.searchCatalogue({ query })).map((p) => p.sku);
  return { ...d, skus };
}

describe('catalogue search', () => {
  it('finds by any language folded, by SKU however separated, by GTIN, by words short and long together', async () => {
    const { skus } = await deskWithCatalogue();
    expect(await skus('konvice')).toEqual(['KET-20']);
    expect(await skus('RYCHLOVARNA')).toEqual(['KET-20']);
    expect(await skus('семга')).toEqual(['KET-20']);
    expect(await skus('гудзь')).toEqual(['PEN-2']);
    expect(await skus('ket 20')).toEqual(['KET-20']);
    expect(await skus('ket20')).toEqual(['KET-20']);
    expect(await skus('4006381333931')).toEqual(['MUG-1']);
    expect(await skus('konvice 1,7')).toEqual(['KET-20']);
    expect(await skus('pe')).toEqual(['PEN-2']);
    expect(await skus('"prague"')).toEqual(['MUG-1']);
    expect(await skus('100%_')).toEqual([]);
    // Two characters, though three UTF-16 units: too short for the trigram index, found by LIKE.
    expect(await skus('😀a')).toEqual(['PEN-2']);
  });

  it('an item changed by a later pull is found by its new name and code only', async () => {
    const d = await deskWithCatalogue();
    putCatalogue(d.desk, catalogueItem({ sku: 'KET-20', gtins: ['4006381333931'], names: { en: 'Water boiler' } }));
    expect(await d.skus('konvice')).toEqual([]);
    expect(await d.skus('boiler')).toEqual(['KET-20']);
    // The GTIN moved from the mug to the kettle; the kettle's old one is gone.
    expect(ok(await d.client.lookupProduct({ ean: '4006381333931' }))).toMatchObject({ sku: 'KET-20', name: 'Water boiler' });
    expect(ok(await d.client.lookupProduct({ ean: '8594001234561' }))).toBeNull();
    expect(ok(await d.client.searchCatalogue({ query: 'mug' }))).toMatchObject([{ sku: 'MUG-1', gtins: [] }]);
  });
});
