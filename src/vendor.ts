/*
 * React and React DOM as their own classic script, loaded before the app's (vite.config.ts,
 * vendorScript). Two scripts are evaluated in two tasks: neither freezes the page for as long as
 * one script holding both would.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as JSXRuntime from 'react/jsx-runtime';

Object.assign(globalThis, { __ctReact: React, __ctReactDOM: ReactDOM, __ctReactDOMClient: ReactDOMClient, __ctJSXRuntime: JSXRuntime });
