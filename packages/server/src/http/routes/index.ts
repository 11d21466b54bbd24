import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types.ts';
import { registerAcquisitionRoutes } from './acquisition/acquisition.routes.ts';
import { registerAnalyticsRoutes } from './analytics/analytics.routes.ts';
import { registerLiabilityRoutes } from './analytics/liability.routes.ts';
import { registerApiKeyRoutes } from './api-keys/api-keys.routes.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerAutomationRoutes } from './automations/automations.routes.ts';
import { registerB2bAccountRoutes } from './b2b/b2b-accounts.routes.ts';
import { registerB2bInvoiceRoutes } from './b2b/b2b-invoices.routes.ts';
import { registerB2bThresholdRoutes } from './b2b-thresholds/b2b-thresholds.routes.ts';
import { registerAdjustmentPolicyRoutes } from './balances/adjustment-policy.routes.ts';
import { registerBonusRoutes } from './bonuses/bonuses.routes.ts';
import { registerCampaignRoutes } from './campaigns/campaigns.routes.ts';
import { registerCardRoutes } from './cards/cards.routes.ts';
import { registerCauseRoutes } from './causes/causes.routes.ts';
import { registerClubRoutes } from './club/club.routes.ts';
import { registerCrossSellRoutes } from './cross-sell/cross-sell.routes.ts';
import { registerCustomerRoutes } from './customers/customers.routes.ts';
import { registerCustomerPortraitRoutes } from './customers/portrait.routes.ts';
import { registerExportRoutes } from './exports/exports.routes.ts';
import { registerFollowUpRoutes } from './follow-up/follow-up.routes.ts';
import { registerGdprRoutes } from './gdpr/gdpr.routes.ts';
import { registerGoalRoutes } from './goals/goals.routes.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { registerImportRoutes } from './imports/imports.routes.ts';
import { registerJobRoutes } from './jobs/jobs.routes.ts';
import { registerLocationRoutes } from './locations/locations.routes.ts';
import { registerMerchantRoutes } from './merchant/merchant.routes.ts';
import { registerServingCostRoutes } from './merchant/serving-costs.routes.ts';
import { registerValueSettingsRoutes } from './merchant/value-settings.routes.ts';
import { registerMergeRoutes } from './merges/merges.routes.ts';
import { registerOutboxRoutes } from './outbox/outbox.routes.ts';
import { registerPermissionRoutes } from './permissions/permissions.routes.ts';
import { registerPriorityRoutes } from './priority/priority.routes.ts';
import { registerPrivacyRoutes } from './privacy/privacy.routes.ts';
import { registerProgramRoutes } from './programs/programs.routes.ts';
import { registerPromoCodeRoutes } from './promo-codes/promo-codes.routes.ts';
import { registerPublicRoutes } from './public/public.routes.ts';
import { registerPurchaseRoutes } from './purchases/purchases.routes.ts';
import { registerRecognitionRoutes } from './recognition/recognition.routes.ts';
import { registerRedemptionRoutes } from './redemptions/redemptions.routes.ts';
import { registerReportRoutes } from './reports/reports.routes.ts';
import { registerRewardRoutes } from './rewards/rewards.routes.ts';
import { registerSimulationRoutes } from './simulations/simulations.routes.ts';
import { registerSmsEventRoutes } from './sms/sms-events.routes.ts';
import { registerStaffRoutes } from './staff/staff.routes.ts';
import { registerCustomerSurveyAnswerRoutes } from './surveys/customer-survey-answers.routes.ts';
import { registerPublicSurveyRoutes } from './surveys/public-surveys.routes.ts';
import { registerSurveyRoutes } from './surveys/surveys.routes.ts';
import { registerTierRoutes } from './tiers/tiers.routes.ts';
import { registerAppleWebServiceRoutes } from './wallet/apple-web-service.routes.ts';
import { registerCardWalletRoutes } from './wallet/card-wallet.routes.ts';
import { registerShopCertificateRoutes } from './wallet/shop-certificate.routes.ts';
import { registerWebhookRoutes } from './webhooks/webhooks.routes.ts';

/** Every API resource, in the order they appear in the docs. */
export const API_ROUTES: ReadonlyArray<(app: OpenAPIHono<AppEnv>) => void> = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerMerchantRoutes,
  registerServingCostRoutes,
  registerPrivacyRoutes,
  registerValueSettingsRoutes,
  registerLocationRoutes,
  registerStaffRoutes,
  registerPermissionRoutes,
  registerApiKeyRoutes,
  registerCustomerRoutes,
  registerCardRoutes,
  registerAdjustmentPolicyRoutes,
  registerCustomerPortraitRoutes,
  registerB2bAccountRoutes,
  registerB2bInvoiceRoutes,
  registerImportRoutes,
  registerGdprRoutes,
  registerMergeRoutes,
  registerSimulationRoutes,
  registerProgramRoutes,
  registerRewardRoutes,
  registerTierRoutes,
  registerBonusRoutes,
  registerB2bThresholdRoutes,
  registerClubRoutes,
  registerCauseRoutes,
  registerPurchaseRoutes,
  registerRedemptionRoutes,
  registerPromoCodeRoutes,
  registerAuditRoutes,
  registerOutboxRoutes,
  registerJobRoutes,
  registerWebhookRoutes,
  registerCampaignRoutes,
  registerAutomationRoutes,
  registerSurveyRoutes,
  registerCustomerSurveyAnswerRoutes,
  registerFollowUpRoutes,
  registerAnalyticsRoutes,
  registerPriorityRoutes,
  registerRecognitionRoutes,
  registerLiabilityRoutes,
  registerGoalRoutes,
  registerReportRoutes,
  registerAcquisitionRoutes,
  registerCrossSellRoutes,
  registerExportRoutes,
  registerPublicRoutes,
  registerPublicSurveyRoutes,
  registerSmsEventRoutes,
  registerCardWalletRoutes,
  registerAppleWebServiceRoutes,
  registerShopCertificateRoutes,
];
