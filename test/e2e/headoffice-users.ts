/** Who signs in to the end-to-end head office (headoffice-seed.ts, playwright.config.ts). */
export const e2ePassword = 'correct horse battery staple';
export const e2eUsers = {
  administrator: 'admin@e2e.example',
  regional_manager: 'brno@e2e.example',
  service_centre: 'service@e2e.example',
  viewer: 'viewer@e2e.example',
};
export const headOfficePort = 5180;
