/**
 * A Vite plugin serving one value as a module (`export default <value as JSON>`): how an
 * integration hands the site's own code what it knows (the checked settings, whether this is
 * a build), so that nothing past astro.config.mjs reads the environment or guesses the command
 * (`import.meta.env.DEV` follows NODE_ENV, which a test runner sets to `test`).
 */
export interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
}

export function virtualModule(name: string, id: string, value: unknown): VirtualModulePlugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (asked) => (asked === id ? resolved : undefined),
    load: (asked) => (asked === resolved ? `export default ${JSON.stringify(value)};` : undefined),
  };
}
