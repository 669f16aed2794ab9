import { enDetailTexts, type DetailTexts } from '../../shared/i18n/detailTexts.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';

/** The panel's words in the page's language: English's live outside its catalogue (detailTexts.ts). */
export function useDetailTexts(): DetailTexts {
  return useI18n().t.detailTexts ?? enDetailTexts;
}
