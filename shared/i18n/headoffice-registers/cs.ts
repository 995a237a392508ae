import type { registers as en } from './en.js';

export const registers: typeof en = {
  nav: 'Evidence reklamací',
  heading: 'Evidence reklamací (Bulharsko)',
  intro: 'Evidence reklamací, kterou každá bulharská prodejna vede podle čl. 127 zákona o ochraně spotřebitele: záznamy všech jejích pokladen v pořadí, v jakém byly uplatněny.',
  store: 'Prodejna',
  choose: 'Vyberte prodejnu',
  show: 'Zobrazit',
  noStores: 'Žádná z vašich prodejen není v Bulharsku.',
  noRegister: 'Tato prodejna není v Bulharsku, evidenci reklamací proto nevede.',
};
