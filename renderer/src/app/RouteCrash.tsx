import { useEffect } from 'react';
import { useNavigate, useRouteError } from 'react-router';
import { CrashScreen } from './CrashScreen';

/** The router's error element: a screen that threw while rendering, shown inside the shell. */
export function RouteCrash() {
  const error = useRouteError();
  const navigate = useNavigate();
  useEffect(() => {
    console.error('A screen failed to render', error);
  }, [error]);
  return <CrashScreen onBack={() => navigate('/')} />;
}
