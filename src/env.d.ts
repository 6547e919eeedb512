/// <reference types="astro/client" />

/** The build's checked settings (src/integrations/xinfang.ts, src/lib/base/settings.ts). */
declare module 'virtual:xinfang/settings' {
  const settings: import('./lib/base/settings.ts').Settings;
  export default settings;
}
