import { Outlet } from 'react-router-dom';
import './print.css';

/** The print views' frame: no menu, no header — the view's own toolbar and its A4 sheet (print.css). */
export default function PrintLayout() {
  return (
    <div className="print-root">
      <Outlet />
    </div>
  );
}
