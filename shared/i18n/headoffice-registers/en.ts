/**
 * Head office's Registers screen (headoffice/web/src/registers). The register's own words (its title,
 * columns, year, counts, downloads) are the `register` namespace's, as at the desk.
 */
export const registers = {
  nav: 'Complaints registers',
  heading: 'Complaints registers (Bulgaria)',
  intro: 'The register of claims each Bulgarian store keeps under Art. 127 of the Consumer Protection Act: the entries of all its desks in the order they were lodged.',
  store: 'Store',
  choose: 'Choose a store',
  show: 'Show',
  noStores: 'None of your stores is in Bulgaria.',
  noRegister: 'That store is not in Bulgaria, so it keeps no complaints register.',
};
