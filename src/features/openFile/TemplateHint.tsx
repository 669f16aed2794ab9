import { useI18n } from '../../shared/i18n/I18n.tsx';

/** How to make a timeline of one's own: the template in the interface's language, to fill in and open here. */
export function TemplateHint() {
  const { t } = useI18n();
  const { before, link, after, file } = t.openFile.template;
  return (
    <p className="w-full text-xs text-muted print:hidden">
      {before}
      {/* Relative, so that it follows the app wherever it is deployed, as embed.js does. */}
      <a href={file} download={file} className="text-accent underline underline-offset-2">
        {link}
      </a>
      {after}
    </p>
  );
}
