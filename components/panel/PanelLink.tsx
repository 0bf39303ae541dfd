/**
 * A link to a panel view. A real `href` (`#/person/<id>`) keeps link semantics, keyboard use and
 * "open in new tab"; a plain click navigates inside the panel's own history instead.
 */
import type { ComponentChildren } from 'preact';
import type { PanelTarget } from '@/core/protocol/messages';
import { targetToHash } from '@/core/protocol/panel-target';
import { useUi } from '@/lib/pages/ui-context';

interface Props {
  target: PanelTarget;
  children: ComponentChildren;
  class?: string;
  label?: string;
}

export function PanelLink({ target, children, class: className, label }: Props) {
  const { navigate } = useUi();
  return (
    <a
      href={targetToHash(target)}
      class={className}
      aria-label={label}
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(target);
      }}
    >
      {children}
    </a>
  );
}
