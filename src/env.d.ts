/// <reference types="astro/client" />

/** The build's checked settings (src/integrations/xinfang.ts, src/lib/base/settings.ts). */
declare module 'virtual:xinfang/settings' {
  // An ambient module cannot import a relative path; import() is the way to name the type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const settings: import('./lib/base/settings.ts').Settings;
  export default settings;
}

/** Whether ledger pages render as shells: in a build (src/integrations/ledger-pages.ts). */
declare module 'virtual:xinfang/ledger-shells' {
  const shells: boolean;
  export default shells;
}
