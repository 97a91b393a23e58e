import type { ReactNode } from 'react';

export const metadata = { title: 'A newsroom article with the DMZ explainer' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'Georgia, serif' }}>{children}</body>
    </html>
  );
}
