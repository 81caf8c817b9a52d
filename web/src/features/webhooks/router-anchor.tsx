import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Anchor component="a" ref={ref} {...props} />,
);

/** Mantine's Anchor, navigating through the router (no page reloads, typed paths and params). */
export const RouterAnchor = createLink(MantineAnchor);
