/** Articles written for the search tests (not taken from the real knowledge base). */
import { makeArticle } from '../../knowledge/testing/make-article'

export const SAMPLE_ARTICLES = [
  makeArticle({
    id: 'cert',
    title: 'Mesmo certificado em dois ambientes',
    sections: {
      situation: 'O trâmite chega ao status 6, mas o órgão de destino não encontra o processo.',
      solution: 'Gerar um novo certificado digital para o ambiente de produção.',
    },
    keywords: ['certificado digital', 'status 6'],
    responsibility: 'Atendente N2',
  }),
  makeArticle({
    id: 'config',
    title: 'Configuração do módulo de envio',
    sections: {
      situation: 'O usuário pede ajuda com as configurações do módulo após a atualização.',
      solution: 'Revisar o arquivo de configuração e reiniciar o serviço de agendamento.',
    },
    product: 'sei',
    responsibility: 'Equipe de nível 1.',
  }),
  makeArticle({
    id: 'version',
    title: 'Perfil básico sem permissão na versão 3.6.1',
    sections: {
      situation: 'Depois de instalar a versão 3.6.1 o perfil básico não consegue enviar processos.',
      solution: 'Conceder o recurso ao perfil; o erro HTTP 500 some após a correção.',
    },
    product: 'sei',
    responsibility: 'N1',
  }),
  makeArticle({
    id: 'refused',
    title: 'Processo recusado por motivo 99',
    sections: {
      situation:
        'A mensagem "Erro: processo recusado pelo destinatário (motivo 99)" aparece no painel.',
      when: 'Quando o documento tem formato não permitido pelo órgão destinatário.',
    },
  }),
  makeArticle({
    id: 'organ',
    title: 'Cadastro de órgão no catálogo',
    sections: { situation: 'O órgão precisa ser cadastrado antes do primeiro envio.' },
    kind: 'faq',
    product: 'nup',
  }),
  makeArticle({
    id: 'stuck-v1',
    path: 'Scripts/Revisados/Processo_parado.rst',
    title: 'Processo parado no recebimento',
    sections: { situation: 'O processo ficou parado aguardando o recebimento dos arquivos.' },
    version: 1,
    supersededBy: 'stuck-v2',
  }),
  makeArticle({
    id: 'stuck-v2',
    path: 'Scripts/Processo_parado.rst',
    title: 'Processo parado no recebimento',
    sections: {
      situation: 'O processo ficou parado aguardando o recebimento dos arquivos digitais.',
    },
    version: 2,
    olderVersions: ['stuck-v1'],
  }),
  makeArticle({
    id: 'old-gateway',
    path: 'superados/Antigos.rst',
    title: 'Falha de conexão com o barramento',
    sections: { situation: 'Falha de conexão com o barramento ao enviar o processo.' },
    superseded: true,
  }),
  makeArticle({
    id: 'new-gateway',
    title: 'Falha de conexão com o barramento',
    sections: { situation: 'Falha de conexão com o barramento ao enviar o processo.' },
  }),
]
