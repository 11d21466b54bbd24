import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown.ts';
import { renderMergeFields, unknownMergeFields } from './merge-fields.ts';

const values = {
  prenom: 'Claire',
  solde: '7 tampons',
  prochaine_recompense: null,
  lien_carte: 'https://lilas.example.fr/c/abc',
  boutique: 'Boulangerie des Lilas',
};

describe('campaign body', () => {
  it('renders headings, lists, emphasis and links, and escapes everything else', () => {
    expect(markdownToHtml('# Bonjour\n\nDu **nouveau** :\n- pain\n- café')).toBe(
      '<h1>Bonjour</h1>\n<p>Du <strong>nouveau</strong> :</p>\n<ul><li>pain</li><li>café</li></ul>',
    );
    expect(markdownToHtml('<script>x</script> [carte](https://x.fr/c) *vite*')).toBe(
      '<p>&lt;script&gt;x&lt;/script&gt; <a href="https://x.fr/c">carte</a> <em>vite</em></p>',
    );
    expect(markdownToHtml('Votre carte : https://x.fr/c/a?b=1&c=2')).toBe(
      '<p>Votre carte : <a href="https://x.fr/c/a?b=1&amp;c=2">https://x.fr/c/a?b=1&amp;c=2</a></p>',
    );
    expect(markdownToHtml('[piège](javascript:alert(1))')).toBe(
      '<p>[piège](javascript:alert(1))</p>',
    );
  });

  it('fills merge fields, uses the fallback when a value is missing, and names unknown fields', () => {
    expect(
      renderMergeFields(
        'Bonjour {{prenom}}, {{ prochaine_recompense | bientôt }} — {{boutique}}',
        values,
      ),
    ).toBe('Bonjour Claire, bientôt — Boulangerie des Lilas');
    expect(renderMergeFields('{{prochaine_recompense}}!', values)).toBe('!');
    expect(renderMergeFields('{{prenom}}', { ...values, prenom: '<b>' }, (s) => `[${s}]`)).toBe(
      '[<b>]',
    );
    expect(unknownMergeFields('{{prénom}} {{solde}} {{ville|Paris}}')).toEqual(['prénom', 'ville']);
  });
});
