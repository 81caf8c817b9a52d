import { complianceDocumentEmail } from './compliance-document.ts';
import { hoursOrMinutes, paragraphsOf } from './duration.ts';
import type { EmailCatalogue, Role } from './types.ts';

const roleLabels: Record<Role, string> = {
  owner: 'オーナー',
  admin: '管理者',
  channel_manager: 'チャネルマネージャー',
  regional_manager: '地域マネージャー',
  finance: '経理担当',
  marketing: 'マーケティング担当',
  sales_rep: '営業担当',
  analyst: 'アナリスト',
  partner_admin: 'パートナー管理者',
  partner_sales: 'パートナー営業担当',
  partner_marketing: 'パートナーマーケティング担当',
  partner_finance: 'パートナー経理担当',
};

const units = { hour: '時間', minute: '分' } as const;

export const ja: EmailCatalogue = {
  colon: '：',
  fallbackLink: 'ボタンが機能しない場合は、次のリンクをブラウザに貼り付けてください。',
  footer: (productName) => `このメールは ${productName} から送信されました。`,
  templates: {
    'user.invited': (vars, { productName }) => ({
      subject: `${productName} で ${vars.organisationName} への招待が届いています`,
      greeting: vars.inviteeName ? `${vars.inviteeName} 様` : 'こんにちは。',
      paragraphs: [
        `${productName} 上の ${vars.organisationName} に「${roleLabels[vars.role]}」として参加するよう招待されました。`,
      ],
      action: { label: '招待を承諾する', url: vars.acceptUrl },
      notes: [
        `この招待の有効期限は${vars.expiresInDays}日間です。`,
        'この招待に心当たりがない場合は、このメールを無視してください。',
      ],
    }),
    'user.password_reset_requested': (vars, { productName }) => {
      const lifetime = vars.expiresInMinutes ? hoursOrMinutes(vars.expiresInMinutes) : null;
      return {
        subject: `${productName} のパスワード再設定`,
        greeting: `${vars.userName} 様`,
        paragraphs: [
          `${productName} アカウントのパスワード再設定がリクエストされました。ご本人による操作の場合は、以下のリンクから新しいパスワードを設定してください。`,
        ],
        action: { label: '新しいパスワードを設定する', url: vars.resetUrl },
        notes: [
          ...(lifetime ? [`このリンクの有効期限は${lifetime.count}${units[lifetime.unit]}です。`] : []),
          'お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。',
        ],
      };
    },
    'partner_application.received': (vars, { productName }) => ({
      subject: `${productName} パートナープログラムへの ${vars.companyName} の応募を受け付けました`,
      greeting: `${vars.applicantName} 様`,
      paragraphs: [
        `${vars.companyName} として ${productName} パートナープログラムにご応募いただき、ありがとうございます。チャネルチームがすべての応募を確認し、メールでご連絡します。`,
      ],
      action: null,
      notes: ['この応募に心当たりがない場合は、このメールを無視してください。'],
    }),
    'partner_application.rejected': (vars, { productName }) => ({
      subject: `${productName} パートナープログラムへのご応募について`,
      greeting: `${vars.applicantName} 様`,
      paragraphs: [
        `${productName} パートナープログラムにご関心をお寄せいただき、ありがとうございます。${vars.companyName} のご応募を検討しましたが、今回はお受けすることができません。`,
        ...paragraphsOf(vars.message),
      ],
      action: null,
      notes: [],
    }),
    'compliance.document': complianceDocumentEmail.ja,
    'onboarding.welcome': (vars, { productName }) => ({
      subject: `${productName} パートナープログラムへようこそ（${vars.organisationName}）`,
      greeting: 'こんにちは。',
      paragraphs: [
        `ようこそ。${vars.organisationName} のオンボーディング「${vars.journeyName}」が始まりました。`,
        `チェックリストには期限付きのステップが ${vars.totalSteps} 件あります。多くは作業を進めると自動で完了します。`,
      ],
      action: { label: 'チェックリストを開く', url: vars.checklistUrl },
      notes: [],
    }),
    'onboarding.milestone': (vars) => ({
      subject: `オンボーディング ${vars.day} 日目：${vars.totalSteps} 件中 ${vars.completedSteps} 件完了`,
      greeting: 'こんにちは。',
      paragraphs: [
        `${vars.organisationName} は ${vars.day} 日前に「${vars.journeyName}」を開始し、${vars.totalSteps} 件中 ${vars.completedSteps} 件のステップを完了しました。`,
        '残りのステップと期限切れのステップはチェックリストで確認できます。',
      ],
      action: { label: 'チェックリストを開く', url: vars.checklistUrl },
      notes: [],
    }),
    notification: (vars, { productName }) => ({
      subject: vars.title,
      greeting: null,
      paragraphs: paragraphsOf(vars.body),
      action: vars.actionUrl
        ? { label: vars.actionLabel || `${productName} で開く`, url: vars.actionUrl }
        : null,
      notes: [],
    }),
  },
};
