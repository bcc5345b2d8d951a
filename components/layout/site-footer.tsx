export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className="border-t bg-white text-sm text-gray-600">
      <div className="max-w-5xl mx-auto px-4 py-4">{text}</div>
    </footer>
  );
}
