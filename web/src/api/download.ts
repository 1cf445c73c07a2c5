import { ApiError } from './client';

/**
 * Fetches a file and saves it under the name the server gives (Content-Disposition filename*, RFC 5987),
 * else `fallbackName`. A refusal (too many rows, a draft that cannot be previewed …) comes back as an
 * ApiError with the server's Chinese message instead of a broken file.
 */
export async function downloadFile(url: string, init: RequestInit, fallbackName: string, failText: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const d = (await res.json().catch(() => ({}))) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(res.status, d.code ?? `HTTP_${res.status}`, d.message ?? failText, d.details);
  }
  const star = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '');
  const filename = star ? decodeURIComponent(star[1]) : fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return filename;
}
