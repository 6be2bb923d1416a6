// A picked file as base64 for the contract's file input (the host decodes encodings and .docx itself).
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const url = String(r.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    r.onerror = () => reject(new Error(`无法读取文件“${file.name}”。`));
    r.readAsDataURL(file);
  });
}

export const isDraftFile = (name: string): boolean => name.toLowerCase().endsWith('.qicao.json');
