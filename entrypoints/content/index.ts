import { makeTranslate, resolveLocale, type Translate } from '../../lib/i18n/define';
import { common } from '../../lib/i18n/messages/common';
import { overlay } from '../../lib/i18n/messages/overlay';
import { suggestion } from '../../lib/i18n/messages/suggestion';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { client, serve } from '../../lib/messaging/channel';
import { backgroundProtocol, tabProtocol } from '../../lib/messaging/protocol';
import { readSettings, watchSettings, type Settings } from '../../lib/settings/settings';
import { adapterFor, declaredMatches } from '../../lib/sites/registry';
import type { BarKey } from './bar';
import { Decorator, type BackgroundPort } from './decorator';

const send = client(backgroundProtocol);

const backgroundPort: BackgroundPort = {
  record: (draft) => send('log.record', draft),
  retract: (id) => send('log.retract', { id }),
  latest: (platform, commentIds) => send('log.latest', { platform, commentIds }),
  suggest: (batch) => send('suggest.batch', batch),
};

/** Resolves once the whole document is parsed (at once when it already is). */
function documentParsed(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve()));
}

function isEnabledHere(settings: Settings): boolean {
  return !settings.disabledSites.includes(location.hostname);
}

export default defineContentScript({
  matches: declaredMatches(),
  // Started before the page is parsed so that the settings have arrived by the time its comments
  // are there: asked for at document_end, the answer waited behind the page's first layout (about
  // 100 ms on a long thread), and every bar with it.
  runAt: 'document_start',
  // Disqus comments live in a frame of their own; every other adapter works on the top page only.
  allFrames: true,
  async main(ctx) {
    const settingsRead = readSettings();
    await documentParsed(ctx);
    // Chosen once per page: recognising self-hosted software reads the whole document.
    // Not sliced: a pause between detectors lets a long page lay itself out first, delaying every bar.
    let adapter = adapterFor(new URL(location.href), document);
    if (window.top !== window && !adapter.inFrame) {
      settingsRead.catch(() => undefined);
      return;
    }
    let settings = await settingsRead;
    let decorator: Decorator | undefined;

    const start = () => {
      if (decorator || !isEnabledHere(settings) || ctx.isInvalid) return;
      const locale = resolveLocale(settings.language, navigator.language);
      const t: Translate<BarKey> = makeTranslate([common, overlay, suggestion], locale);
      decorator = new Decorator(adapter, t, backgroundPort, {
        locale,
        confirmRemove: settings.confirmRemove,
      });
      decorator.start();
    };
    const stop = () => {
      decorator?.destroy();
      decorator = undefined;
    };

    const stopServing = serve(tabProtocol, {
      'tab.status': async () => {
        const comments = decorator?.commentCount() ?? 0;
        const recognised = comments > 0;
        return {
          origin: location.origin,
          adapter: recognised ? adapter.id : null,
          adapterLabel: recognised ? adapter.label : null,
          comments,
          enabled: isEnabledHere(settings),
        };
      },
    });
    const stopWatching = watchSettings((next) => {
      const relabel = next.language !== settings.language || next.confirmRemove !== settings.confirmRemove;
      settings = next;
      if (relabel || !isEnabledHere(settings)) stop();
      start();
    });
    // Single-page sites change the URL without a reload: start again on the new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      stop();
      adapter = adapterFor(new URL(location.href), document);
      start();
    });
    ctx.onInvalidated(() => {
      stop();
      stopServing();
      stopWatching();
    });
    start();
  },
});
