import { App } from 'antd';
import { useEffect } from 'react';
import { reportApiErrorsTo } from '../api/client.js';

/** Shows every failed API call as an antd message, themed and localised by the surrounding providers. */
export function ApiErrorReporter() {
  const { message } = App.useApp();
  useEffect(() => reportApiErrorsTo((error) => void message.error(error.message)), [message]);
  return null;
}
