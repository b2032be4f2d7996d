/**
 * The domain glossary: words requesters use — in English, or in lay Portuguese — and the
 * knowledge base's own Portuguese words for the same thing. A query word found here also matches
 * its targets. Written for this project (no library holds this help desk's vocabulary); every
 * target is checked to occur in the real knowledge base by a corpus test, so none points nowhere.
 * Keys are folded; English plurals and -ed/-ing forms are found through their base (see lookup).
 */
import { analyzeWord } from './analyzer'
import { foldAccents as fold } from '../text/fold'

const ENTRIES: Record<string, string> = {
  // English: the systems' objects
  process: 'processo',
  case: 'processo',
  file: 'arquivo',
  document: 'documento',
  attachment: 'anexo upload',
  attach: 'anexar upload',
  upload: 'upload anexar',
  download: 'download',
  receipt: 'recibo',
  recipient: 'destinatário',
  receiver: 'destinatário',
  addressee: 'destinatário',
  sender: 'remetente',
  destination: 'destino destinatário',
  origin: 'origem remetente',
  agency: 'órgão',
  organization: 'órgão',
  organisation: 'órgão',
  institution: 'órgão',
  ministry: 'ministério órgão',
  department: 'unidade',
  unit: 'unidade',
  certificate: 'certificado',
  password: 'senha',
  credential: 'credenciais',
  user: 'usuário',
  profile: 'perfil',
  role: 'perfil',
  permission: 'permissão',
  admin: 'administrador',
  administrator: 'administrador',
  manager: 'gestor',
  subject: 'assunto',
  metadata: 'metadados',
  size: 'tamanho',
  type: 'tipo',
  kind: 'tipo espécie',
  version: 'versão',
  module: 'módulo',
  plugin: 'módulo',
  environment: 'ambiente',
  production: 'produção',
  staging: 'homologação',
  homologation: 'homologação',
  server: 'servidor',
  database: 'banco',
  connection: 'conexão',
  network: 'conexão',
  communication: 'comunicação',
  gateway: 'barramento',
  bus: 'barramento',
  integration: 'integração',
  memory: 'memória memory',
  limit: 'limite',
  scheduler: 'agendamento crontab',
  schedule: 'agendamento',
  cron: 'crontab agendamento',
  job: 'agendamento',
  task: 'tarefas',
  log: 'log',
  barcode: 'código barras',
  progress: 'progresso',
  bar: 'barra',
  number: 'número',
  numbering: 'numeração',
  order: 'ordem',
  integrity: 'integridade',
  signature: 'assinatura',
  sign: 'assinar assinatura',
  electronic: 'eletrônico',
  protocol: 'protocolo',
  request: 'solicitação',
  support: 'suporte',
  statistics: 'estatística',
  archive: 'arquivamento',
  archiving: 'arquivamento',
  retention: 'temporalidade',
  disposal: 'eliminação',
  format: 'formato',
  message: 'mensagem',
  screen: 'tela',
  deadline: 'prazo',
  access: 'acesso',
  login: 'acesso login',
  key: 'chave',
  link: 'link',
  pending: 'pendências',
  queue: 'pendências',
  court: 'tribunal',
  labor: 'trabalho',
  prosecutor: 'ministério público',
  bank: 'banco',
  central: 'central',
  app: 'app aplicativo',
  mobile: 'app aplicativo',
  // English: what happens to them
  stuck: 'parado travado',
  frozen: 'travado parado',
  freeze: 'travado',
  hang: 'travado travando',
  hanging: 'travado travando',
  blocked: 'bloqueado',
  locked: 'bloqueado',
  unlock: 'desbloquear',
  send: 'envio enviar',
  sent: 'enviado envio',
  submit: 'enviar envio',
  receive: 'recebimento receber',
  received: 'recebido recebimento',
  error: 'erro',
  failure: 'falha',
  fail: 'falha',
  crash: 'erro falha',
  broken: 'erro',
  slow: 'lento',
  rejected: 'recusado',
  refused: 'recusado',
  declined: 'recusado',
  cancelled: 'cancelado',
  canceled: 'cancelado',
  completed: 'concluído',
  finished: 'concluído',
  concluded: 'concluído',
  closed: 'concluído',
  automatically: 'automaticamente',
  expire: 'expirou expirado',
  expired: 'expirou expirado',
  renew: 'novo',
  new: 'novo',
  forgot: 'esqueceu',
  forgotten: 'esqueceu',
  lost: 'perdeu',
  reset: 'nova',
  denied: 'negado',
  allowed: 'permitido',
  register: 'cadastro cadastrar',
  registration: 'cadastro',
  registered: 'cadastrado',
  join: 'adesão',
  membership: 'adesão',
  onboarding: 'adesão',
  adhesion: 'adesão',
  update: 'atualização atualizar',
  upgrade: 'atualização atualizar',
  install: 'instalação instalar',
  installation: 'instalação',
  compatible: 'compatível',
  compatibility: 'compatível',
  exceed: 'ultrapassa',
  missing: 'encontrado',
  found: 'encontrado',
  duplicate: 'duplicado duplicidade',
  blinking: 'piscando',
  flashing: 'piscando',
  flickering: 'piscando',
  unformatted: 'desformatados',
  formatting: 'formatação desformatados',
  external: 'externos',
  appear: 'aparece',
  connect: 'conectar conexão',
  timeout: 'tempo',
  delivered: 'recebido',
  proof: 'recibo comprovante',
  dispatch: 'envio trâmite',
  shipment: 'envio trâmite',
  transfer: 'trâmite tramitação',
  tracking: 'acompanhar',
  timestamp: 'carimbo tempo',
  notification: 'notificação notificado',
  notify: 'notificado notificação',
  wrong: 'errado',
  delete: 'excluir',
  remove: 'excluir',
  table: 'tabela',
  classification: 'classificação',
  appraisal: 'avaliação',
  phone: 'app',
  // lay Portuguese → the articles' words
  travado: 'parado travado',
  travou: 'parado travado',
  trava: 'travando parado',
  emperrado: 'parado',
  empacado: 'parado',
  agarrado: 'parado',
  oscilando: 'piscando',
  carregamento: 'upload',
  carregar: 'upload',
  subir: 'upload',
  barrinha: 'barra',
  lentidao: 'lento',
  demora: 'lento',
  demorando: 'lento',
  esqueci: 'esqueceu',
  perdi: 'perdeu',
  logar: 'acesso login',
  destravar: 'desbloquear',
  rejeitado: 'recusado',
  devolvido: 'recusado',
  rotina: 'agendamento',
  agendador: 'agendamento crontab',
  robo: 'agendamento',
  vencido: 'expirou',
  venceu: 'expirou',
  renovar: 'novo',
  prefeitura: 'órgão',
  secretaria: 'órgão',
  autarquia: 'órgão',
  setor: 'unidade',
  departamento: 'unidade',
  credencial: 'credenciais',
  sumiu: 'encontrado',
  desapareceu: 'encontrado',
  comprovante: 'recibo',
  remessa: 'trâmite envio',
  encerramento: 'conclusão',
  encerrar: 'concluir conclusão',
  entregue: 'recebido',
  pecas: 'documentos',
  cadeado: 'bloqueado',
  mandar: 'enviar envio',
  mandou: 'enviou envio',
  celular: 'app aplicativo',
  aplicativo: 'app',
  avisa: 'notificado notificação',
  aviso: 'notificação',
  numeracao: 'nup numeração',
}

/** Folded key → the index terms of its targets. */
const TARGETS = new Map<string, string[]>()
for (const [key, targets] of Object.entries(ENTRIES)) {
  const terms = targets
    .split(' ')
    .map((word) => analyzeWord(word))
    .filter((t): t is string => t !== null)
  TARGETS.set(fold(key), [...new Set(terms)])
}

/** English inflections tried when a word is not a key itself: plurals, -ed, -ing. */
const ENGLISH_ENDINGS: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/sses$/, 'ss'],
  [/es$/, 'e'],
  [/es$/, ''],
  [/s$/, ''],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
]

/** The index terms the glossary gives a folded query word ([] when it is not in it). */
export function glossaryTerms(folded: string): readonly string[] {
  const direct = TARGETS.get(folded)
  if (direct) return direct
  for (const [ending, replacement] of ENGLISH_ENDINGS) {
    if (!ending.test(folded)) continue
    const base = TARGETS.get(folded.replace(ending, replacement))
    if (base) return base
  }
  return []
}

/**
 * English phrasal verbs whose verb alone means something else: "sign in" is logging in, not
 * signing ("assinar"). Verb form → particle → the glossary key the pair stands for.
 */
const PHRASAL_VERBS: Record<string, Record<string, string>> = {}
for (const form of ['sign', 'signs', 'signed', 'signing'])
  PHRASAL_VERBS[form] = { in: 'login', on: 'login', up: 'cadastro' }
for (const form of ['log', 'logs', 'logged', 'logging'])
  PHRASAL_VERBS[form] = { in: 'login', on: 'login' }

/** The word a folded verb and its particle stand for together ("sign" "in" → "login"), or null. */
export function phrasalWord(verb: string, particle: string | undefined): string | null {
  return (particle !== undefined && PHRASAL_VERBS[verb]?.[particle]) || null
}

/** Every glossary entry as [key, target index terms], for the corpus test. */
export function glossaryEntries(): [string, readonly string[]][] {
  return [...TARGETS.entries()]
}
