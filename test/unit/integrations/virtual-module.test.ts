import { describe, expect, it } from 'vitest';
import { virtualModule } from '../../../src/integrations/virtual-module.ts';

describe('virtualModule(name, id, value)', () => {
  it('resolves only its id, and loads only that as the value’s default export', () => {
    const plugin = virtualModule('p', 'virtual:x/y', { a: [1, '二'] });
    expect(plugin.name).toBe('p');
    expect(plugin.resolveId('virtual:x/y')).toBe('\0virtual:x/y');
    expect(plugin.resolveId('virtual:x/z')).toBeUndefined();
    expect(plugin.load('\0virtual:x/y')).toBe('export default {"a":[1,"二"]};');
    expect(plugin.load('virtual:x/y')).toBeUndefined();
    expect(plugin.load('/src/site/urls.ts')).toBeUndefined();
  });
});
