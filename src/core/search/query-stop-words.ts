/**
 * Words that say nothing about the problem in what agents paste, dropped from queries only (the
 * index keeps its words): the courtesy of Portuguese e-mails and English function words. The
 * articles' own reply templates are full of the same courtesy ("Prezado", "agradecemos"), so
 * left in, these words would rank replies instead of problems. Folded, as the query sees them.
 */
const COURTESY =
  'prezado prezada prezados prezadas caro cara caros caras senhor senhora senhores senhoras ' +
  'ola oi bom boa dia dias tarde noite obrigado obrigada obrigados agradeco agradecemos ' +
  'agradecido agradecida grato grata atenciosamente cordialmente respeitosamente abraco abracos ' +
  'favor gentileza poderiam podem poderia pode gostaria gostariamos solicito solicitamos ' +
  'aguardo aguardamos retorno desde urgente urgencia ajudar auxilio ' +
  'equipe pessoal colegas todos tudo alguem ' +
  'vcs pfv pf att atte sds'
const ENGLISH =
  'the an and or of to in on at by for with from into about as is are was were be been being ' +
  'am it its this that these those there here i me my we us our you your he she they them their ' +
  'have has had do does did doing can could would should will shall may might must not no yes ' +
  'please hello hi hey dear thanks thank regards team all any some what which who whom when ' +
  'where why how if then than so but just also very still again keeps keep get gets got getting ' +
  'after before since while up out only even now one ever'

export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(`${COURTESY} ${ENGLISH}`.split(' '))
