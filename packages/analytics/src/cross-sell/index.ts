export {
  type ItemisedPurchase,
  MIN_RULE_CUSTOMERS,
  type NextItemRule,
  nextItemRules,
} from './next-item-rules.ts';
export {
  type NextItemSuggestion,
  SUGGESTIONS_PER_CUSTOMER,
  suggestNextItems,
} from './suggest-next-items.ts';
