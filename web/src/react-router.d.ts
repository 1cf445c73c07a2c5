import type { NavigateOptions, To } from 'react-router';

// The workbench uses <BrowserRouter> (declarative mode), where navigate() returns nothing.
// react-router types it `void | Promise<void>` for the data routers' sake and asks
// declarative-mode apps to narrow it like this (see useNavigate's "Return Type Augmentation").
declare module 'react-router' {
  interface NavigateFunction {
    (to: To, options?: NavigateOptions): void;
    (delta: number): void;
  }
}
