import { Container, type ContainerProps } from '@mantine/core';
import classes from './ui.module.css';

/** The width and spacing every page shares: `sm` for forms, `md` for editors, `lg` for overviews. */
export function Page({ size = 'md', className, ...props }: ContainerProps) {
  return <Container size={size} className={[classes.page, className].filter(Boolean).join(' ')} {...props} />;
}
