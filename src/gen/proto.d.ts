import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace sluice. */
export namespace sluice {

    /**
     * Properties of a ForwardMsgMetadata.
     * @deprecated Use sluice.ForwardMsgMetadata.$Properties instead.
     */
    interface IForwardMsgMetadata extends sluice.ForwardMsgMetadata.$Properties {
    }

    /** Represents a ForwardMsgMetadata. */
    class ForwardMsgMetadata {

        /**
         * Constructs a new ForwardMsgMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ForwardMsgMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ForwardMsgMetadata deltaPath. */
        deltaPath: number[];

        /** ForwardMsgMetadata activeScriptHash. */
        activeScriptHash: string;

        /**
         * Creates a new ForwardMsgMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ForwardMsgMetadata instance
         */
        static create(properties: sluice.ForwardMsgMetadata.$Shape): sluice.ForwardMsgMetadata & sluice.ForwardMsgMetadata.$Shape;
        static create(properties?: sluice.ForwardMsgMetadata.$Properties): sluice.ForwardMsgMetadata;

        /**
         * Encodes the specified ForwardMsgMetadata message. Does not implicitly {@link sluice.ForwardMsgMetadata.verify|verify} messages.
         * @param message ForwardMsgMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ForwardMsgMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ForwardMsgMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ForwardMsgMetadata & sluice.ForwardMsgMetadata.$Shape} ForwardMsgMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ForwardMsgMetadata & sluice.ForwardMsgMetadata.$Shape;
    }

    namespace ForwardMsgMetadata {

        /** Properties of a ForwardMsgMetadata. */
        interface $Properties {

            /** ForwardMsgMetadata deltaPath */
            deltaPath?: (number[]|null);

            /** ForwardMsgMetadata activeScriptHash */
            activeScriptHash?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ForwardMsgMetadata. */
        type $Shape = sluice.ForwardMsgMetadata.$Properties;
    }

    /**
     * Properties of a ForwardMsg.
     * @deprecated Use sluice.ForwardMsg.$Properties instead.
     */
    interface IForwardMsg extends sluice.ForwardMsg.$Properties {
    }

    /** Represents a ForwardMsg. */
    class ForwardMsg {

        /**
         * Constructs a new ForwardMsg.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ForwardMsg.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ForwardMsg metadata. */
        metadata?: (sluice.ForwardMsgMetadata.$Properties|null);

        /** ForwardMsg newSession. */
        newSession?: (sluice.NewSession.$Properties|null);

        /** ForwardMsg delta. */
        delta?: (sluice.Delta.$Properties|null);

        /** ForwardMsg scriptFinished. */
        scriptFinished?: (sluice.ScriptFinishedStatus|null);

        /** ForwardMsg sessionStatusChanged. */
        sessionStatusChanged?: (sluice.SessionStatus.$Properties|null);

        /** ForwardMsg pageConfigChanged. */
        pageConfigChanged?: (sluice.PageConfig.$Properties|null);

        /** ForwardMsg pageInfoChanged. */
        pageInfoChanged?: (sluice.PageInfo.$Properties|null);

        /** ForwardMsg pageNotFound. */
        pageNotFound?: (sluice.PageNotFound.$Properties|null);

        /** ForwardMsg navigation. */
        navigation?: (sluice.Navigation.$Properties|null);

        /** ForwardMsg type. */
        type?: ("newSession"|"delta"|"scriptFinished"|"sessionStatusChanged"|"pageConfigChanged"|"pageInfoChanged"|"pageNotFound"|"navigation");

        /**
         * Creates a new ForwardMsg instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ForwardMsg instance
         */
        static create(properties: sluice.ForwardMsg.$Shape): sluice.ForwardMsg & sluice.ForwardMsg.$Shape;
        static create(properties?: sluice.ForwardMsg.$Properties): sluice.ForwardMsg;

        /**
         * Encodes the specified ForwardMsg message. Does not implicitly {@link sluice.ForwardMsg.verify|verify} messages.
         * @param message ForwardMsg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ForwardMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ForwardMsg message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ForwardMsg & sluice.ForwardMsg.$Shape} ForwardMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ForwardMsg & sluice.ForwardMsg.$Shape;
    }

    namespace ForwardMsg {

        /** Properties of a ForwardMsg. */
        interface $Properties {

            /** ForwardMsg metadata */
            metadata?: (sluice.ForwardMsgMetadata.$Properties|null);

            /** ForwardMsg newSession */
            newSession?: (sluice.NewSession.$Properties|null);

            /** ForwardMsg delta */
            delta?: (sluice.Delta.$Properties|null);

            /** ForwardMsg scriptFinished */
            scriptFinished?: (sluice.ScriptFinishedStatus|null);

            /** ForwardMsg sessionStatusChanged */
            sessionStatusChanged?: (sluice.SessionStatus.$Properties|null);

            /** ForwardMsg pageConfigChanged */
            pageConfigChanged?: (sluice.PageConfig.$Properties|null);

            /** ForwardMsg pageInfoChanged */
            pageInfoChanged?: (sluice.PageInfo.$Properties|null);

            /** ForwardMsg pageNotFound */
            pageNotFound?: (sluice.PageNotFound.$Properties|null);

            /** ForwardMsg navigation */
            navigation?: (sluice.Navigation.$Properties|null);

            /** ForwardMsg type */
            type?: ("newSession"|"delta"|"scriptFinished"|"sessionStatusChanged"|"pageConfigChanged"|"pageInfoChanged"|"pageNotFound"|"navigation");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ForwardMsg. */
        type $Shape = {
          metadata?: sluice.ForwardMsgMetadata.$Shape|null;
          newSession?: sluice.NewSession.$Shape|null;
          delta?: sluice.Delta.$Shape|null;
          scriptFinished?: sluice.ScriptFinishedStatus|null;
          sessionStatusChanged?: sluice.SessionStatus.$Shape|null;
          pageConfigChanged?: sluice.PageConfig.$Shape|null;
          pageInfoChanged?: sluice.PageInfo.$Shape|null;
          pageNotFound?: sluice.PageNotFound.$Shape|null;
          navigation?: sluice.Navigation.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ type?: undefined; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "newSession"; newSession: sluice.NewSession.$Shape; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "delta"; newSession?: null; delta: sluice.Delta.$Shape; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "scriptFinished"; newSession?: null; delta?: null; scriptFinished: sluice.ScriptFinishedStatus; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "sessionStatusChanged"; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged: sluice.SessionStatus.$Shape; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "pageConfigChanged"; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged: sluice.PageConfig.$Shape; pageInfoChanged?: null; pageNotFound?: null; navigation?: null }|{ type?: "pageInfoChanged"; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged: sluice.PageInfo.$Shape; pageNotFound?: null; navigation?: null }|{ type?: "pageNotFound"; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound: sluice.PageNotFound.$Shape; navigation?: null }|{ type?: "navigation"; newSession?: null; delta?: null; scriptFinished?: null; sessionStatusChanged?: null; pageConfigChanged?: null; pageInfoChanged?: null; pageNotFound?: null; navigation: sluice.Navigation.$Shape })
        );
    }

    /**
     * Properties of a ForwardMsgList.
     * @deprecated Use sluice.ForwardMsgList.$Properties instead.
     */
    interface IForwardMsgList extends sluice.ForwardMsgList.$Properties {
    }

    /** Represents a ForwardMsgList. */
    class ForwardMsgList {

        /**
         * Constructs a new ForwardMsgList.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ForwardMsgList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ForwardMsgList messages. */
        messages: sluice.ForwardMsg.$Properties[];

        /**
         * Creates a new ForwardMsgList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ForwardMsgList instance
         */
        static create(properties: sluice.ForwardMsgList.$Shape): sluice.ForwardMsgList & sluice.ForwardMsgList.$Shape;
        static create(properties?: sluice.ForwardMsgList.$Properties): sluice.ForwardMsgList;

        /**
         * Encodes the specified ForwardMsgList message. Does not implicitly {@link sluice.ForwardMsgList.verify|verify} messages.
         * @param message ForwardMsgList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ForwardMsgList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ForwardMsgList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ForwardMsgList & sluice.ForwardMsgList.$Shape} ForwardMsgList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ForwardMsgList & sluice.ForwardMsgList.$Shape;
    }

    namespace ForwardMsgList {

        /** Properties of a ForwardMsgList. */
        interface $Properties {

            /** ForwardMsgList messages */
            messages?: (sluice.ForwardMsg.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ForwardMsgList. */
        type $Shape = {
          messages?: sluice.ForwardMsg.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /** ScriptFinishedStatus enum. */
    enum ScriptFinishedStatus {

        /** FINISHED_SUCCESSFULLY value */
        FINISHED_SUCCESSFULLY = 0,

        /** FINISHED_WITH_COMPILE_ERROR value */
        FINISHED_WITH_COMPILE_ERROR = 1,

        /** FINISHED_EARLY_FOR_RERUN value */
        FINISHED_EARLY_FOR_RERUN = 2,

        /** FINISHED_FRAGMENT_RUN_SUCCESSFULLY value */
        FINISHED_FRAGMENT_RUN_SUCCESSFULLY = 3
    }

    /**
     * Properties of a Delta.
     * @deprecated Use sluice.Delta.$Properties instead.
     */
    interface IDelta extends sluice.Delta.$Properties {
    }

    /** Represents a Delta. */
    class Delta {

        /**
         * Constructs a new Delta.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Delta.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Delta newElement. */
        newElement?: (sluice.Element.$Properties|null);

        /** Delta addBlock. */
        addBlock?: (sluice.Block.$Properties|null);

        /** Delta appendText. */
        appendText?: (string|null);

        /** Delta fragmentId. */
        fragmentId: string;

        /** Delta type. */
        type?: ("newElement"|"addBlock"|"appendText");

        /**
         * Creates a new Delta instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Delta instance
         */
        static create(properties: sluice.Delta.$Shape): sluice.Delta & sluice.Delta.$Shape;
        static create(properties?: sluice.Delta.$Properties): sluice.Delta;

        /**
         * Encodes the specified Delta message. Does not implicitly {@link sluice.Delta.verify|verify} messages.
         * @param message Delta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Delta message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Delta & sluice.Delta.$Shape} Delta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Delta & sluice.Delta.$Shape;
    }

    namespace Delta {

        /** Properties of a Delta. */
        interface $Properties {

            /** Delta newElement */
            newElement?: (sluice.Element.$Properties|null);

            /** Delta addBlock */
            addBlock?: (sluice.Block.$Properties|null);

            /** Delta appendText */
            appendText?: (string|null);

            /** Delta fragmentId */
            fragmentId?: (string|null);

            /** Delta type */
            type?: ("newElement"|"addBlock"|"appendText");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Delta. */
        type $Shape = {
          newElement?: sluice.Element.$Shape|null;
          addBlock?: sluice.Block.$Shape|null;
          appendText?: string|null;
          fragmentId?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ type?: undefined; newElement?: null; addBlock?: null; appendText?: null }|{ type?: "newElement"; newElement: sluice.Element.$Shape; addBlock?: null; appendText?: null }|{ type?: "addBlock"; newElement?: null; addBlock: sluice.Block.$Shape; appendText?: null }|{ type?: "appendText"; newElement?: null; addBlock?: null; appendText: string })
        );
    }

    /**
     * Properties of an Element.
     * @deprecated Use sluice.Element.$Properties instead.
     */
    interface IElement extends sluice.Element.$Properties {
    }

    /** Represents an Element. */
    class Element {

        /**
         * Constructs a new Element.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Element.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Element text. */
        text?: (sluice.Text.$Properties|null);

        /** Element empty. */
        empty?: (sluice.Empty.$Properties|null);

        /** Element progress. */
        progress?: (sluice.Progress.$Properties|null);

        /** Element exception. */
        exception?: (sluice.Exception.$Properties|null);

        /** Element balloons. */
        balloons?: (sluice.Balloons.$Properties|null);

        /** Element graphvizChart. */
        graphvizChart?: (sluice.GraphvizChart.$Properties|null);

        /** Element button. */
        button?: (sluice.Button.$Properties|null);

        /** Element checkbox. */
        checkbox?: (sluice.Checkbox.$Properties|null);

        /** Element slider. */
        slider?: (sluice.Slider.$Properties|null);

        /** Element textArea. */
        textArea?: (sluice.TextArea.$Properties|null);

        /** Element radio. */
        radio?: (sluice.Radio.$Properties|null);

        /** Element textInput. */
        textInput?: (sluice.TextInput.$Properties|null);

        /** Element selectbox. */
        selectbox?: (sluice.Selectbox.$Properties|null);

        /** Element multiselect. */
        multiselect?: (sluice.MultiSelect.$Properties|null);

        /** Element markdown. */
        markdown?: (sluice.Markdown.$Properties|null);

        /** Element alert. */
        alert?: (sluice.Alert.$Properties|null);

        /** Element json. */
        json?: (sluice.Json.$Properties|null);

        /** Element numberInput. */
        numberInput?: (sluice.NumberInput.$Properties|null);

        /** Element table. */
        table?: (sluice.Table.$Properties|null);

        /** Element dataframe. */
        dataframe?: (sluice.Dataframe.$Properties|null);

        /** Element vegaLiteChart. */
        vegaLiteChart?: (sluice.VegaLiteChart.$Properties|null);

        /** Element metric. */
        metric?: (sluice.Metric.$Properties|null);

        /** Element spinner. */
        spinner?: (sluice.Spinner.$Properties|null);

        /** Element snow. */
        snow?: (sluice.Snow.$Properties|null);

        /** Element heading. */
        heading?: (sluice.Heading.$Properties|null);

        /** Element code. */
        code?: (sluice.Code.$Properties|null);

        /** Element chatInput. */
        chatInput?: (sluice.ChatInput.$Properties|null);

        /** Element toast. */
        toast?: (sluice.Toast.$Properties|null);

        /** Element pageLink. */
        pageLink?: (sluice.PageLink.$Properties|null);

        /** Element dataEditor. */
        dataEditor?: (sluice.DataEditor.$Properties|null);

        /** Element map. */
        map?: (sluice.MapChart.$Properties|null);

        /** Element custom. */
        custom?: (sluice.Custom.$Properties|null);

        /** Element type. */
        type?: ("text"|"empty"|"progress"|"exception"|"balloons"|"graphvizChart"|"button"|"checkbox"|"slider"|"textArea"|"radio"|"textInput"|"selectbox"|"multiselect"|"markdown"|"alert"|"json"|"numberInput"|"table"|"dataframe"|"vegaLiteChart"|"metric"|"spinner"|"snow"|"heading"|"code"|"chatInput"|"toast"|"pageLink"|"dataEditor"|"map"|"custom");

        /**
         * Creates a new Element instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Element instance
         */
        static create(properties: sluice.Element.$Shape): sluice.Element & sluice.Element.$Shape;
        static create(properties?: sluice.Element.$Properties): sluice.Element;

        /**
         * Encodes the specified Element message. Does not implicitly {@link sluice.Element.verify|verify} messages.
         * @param message Element message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Element.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Element message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Element & sluice.Element.$Shape} Element
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Element & sluice.Element.$Shape;
    }

    namespace Element {

        /** Properties of an Element. */
        interface $Properties {

            /** Element text */
            text?: (sluice.Text.$Properties|null);

            /** Element empty */
            empty?: (sluice.Empty.$Properties|null);

            /** Element progress */
            progress?: (sluice.Progress.$Properties|null);

            /** Element exception */
            exception?: (sluice.Exception.$Properties|null);

            /** Element balloons */
            balloons?: (sluice.Balloons.$Properties|null);

            /** Element graphvizChart */
            graphvizChart?: (sluice.GraphvizChart.$Properties|null);

            /** Element button */
            button?: (sluice.Button.$Properties|null);

            /** Element checkbox */
            checkbox?: (sluice.Checkbox.$Properties|null);

            /** Element slider */
            slider?: (sluice.Slider.$Properties|null);

            /** Element textArea */
            textArea?: (sluice.TextArea.$Properties|null);

            /** Element radio */
            radio?: (sluice.Radio.$Properties|null);

            /** Element textInput */
            textInput?: (sluice.TextInput.$Properties|null);

            /** Element selectbox */
            selectbox?: (sluice.Selectbox.$Properties|null);

            /** Element multiselect */
            multiselect?: (sluice.MultiSelect.$Properties|null);

            /** Element markdown */
            markdown?: (sluice.Markdown.$Properties|null);

            /** Element alert */
            alert?: (sluice.Alert.$Properties|null);

            /** Element json */
            json?: (sluice.Json.$Properties|null);

            /** Element numberInput */
            numberInput?: (sluice.NumberInput.$Properties|null);

            /** Element table */
            table?: (sluice.Table.$Properties|null);

            /** Element dataframe */
            dataframe?: (sluice.Dataframe.$Properties|null);

            /** Element vegaLiteChart */
            vegaLiteChart?: (sluice.VegaLiteChart.$Properties|null);

            /** Element metric */
            metric?: (sluice.Metric.$Properties|null);

            /** Element spinner */
            spinner?: (sluice.Spinner.$Properties|null);

            /** Element snow */
            snow?: (sluice.Snow.$Properties|null);

            /** Element heading */
            heading?: (sluice.Heading.$Properties|null);

            /** Element code */
            code?: (sluice.Code.$Properties|null);

            /** Element chatInput */
            chatInput?: (sluice.ChatInput.$Properties|null);

            /** Element toast */
            toast?: (sluice.Toast.$Properties|null);

            /** Element pageLink */
            pageLink?: (sluice.PageLink.$Properties|null);

            /** Element dataEditor */
            dataEditor?: (sluice.DataEditor.$Properties|null);

            /** Element map */
            map?: (sluice.MapChart.$Properties|null);

            /** Element custom */
            custom?: (sluice.Custom.$Properties|null);

            /** Element type */
            type?: ("text"|"empty"|"progress"|"exception"|"balloons"|"graphvizChart"|"button"|"checkbox"|"slider"|"textArea"|"radio"|"textInput"|"selectbox"|"multiselect"|"markdown"|"alert"|"json"|"numberInput"|"table"|"dataframe"|"vegaLiteChart"|"metric"|"spinner"|"snow"|"heading"|"code"|"chatInput"|"toast"|"pageLink"|"dataEditor"|"map"|"custom");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Element. */
        type $Shape = {
          text?: sluice.Text.$Shape|null;
          empty?: sluice.Empty.$Shape|null;
          progress?: sluice.Progress.$Shape|null;
          exception?: sluice.Exception.$Shape|null;
          balloons?: sluice.Balloons.$Shape|null;
          graphvizChart?: sluice.GraphvizChart.$Shape|null;
          button?: sluice.Button.$Shape|null;
          checkbox?: sluice.Checkbox.$Shape|null;
          slider?: sluice.Slider.$Shape|null;
          textArea?: sluice.TextArea.$Shape|null;
          radio?: sluice.Radio.$Shape|null;
          textInput?: sluice.TextInput.$Shape|null;
          selectbox?: sluice.Selectbox.$Shape|null;
          multiselect?: sluice.MultiSelect.$Shape|null;
          markdown?: sluice.Markdown.$Shape|null;
          alert?: sluice.Alert.$Shape|null;
          json?: sluice.Json.$Shape|null;
          numberInput?: sluice.NumberInput.$Shape|null;
          table?: sluice.Table.$Shape|null;
          dataframe?: sluice.Dataframe.$Shape|null;
          vegaLiteChart?: sluice.VegaLiteChart.$Shape|null;
          metric?: sluice.Metric.$Shape|null;
          spinner?: sluice.Spinner.$Shape|null;
          snow?: sluice.Snow.$Shape|null;
          heading?: sluice.Heading.$Shape|null;
          code?: sluice.Code.$Shape|null;
          chatInput?: sluice.ChatInput.$Shape|null;
          toast?: sluice.Toast.$Shape|null;
          pageLink?: sluice.PageLink.$Shape|null;
          dataEditor?: sluice.DataEditor.$Shape|null;
          map?: sluice.MapChart.$Shape|null;
          custom?: sluice.Custom.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ type?: undefined; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "text"; text: sluice.Text.$Shape; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "empty"; text?: null; empty: sluice.Empty.$Shape; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "progress"; text?: null; empty?: null; progress: sluice.Progress.$Shape; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "exception"; text?: null; empty?: null; progress?: null; exception: sluice.Exception.$Shape; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "balloons"; text?: null; empty?: null; progress?: null; exception?: null; balloons: sluice.Balloons.$Shape; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "graphvizChart"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart: sluice.GraphvizChart.$Shape; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "button"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button: sluice.Button.$Shape; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "checkbox"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox: sluice.Checkbox.$Shape; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "slider"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider: sluice.Slider.$Shape; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "textArea"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea: sluice.TextArea.$Shape; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "radio"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio: sluice.Radio.$Shape; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "textInput"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput: sluice.TextInput.$Shape; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "selectbox"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox: sluice.Selectbox.$Shape; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "multiselect"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect: sluice.MultiSelect.$Shape; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "markdown"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown: sluice.Markdown.$Shape; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "alert"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert: sluice.Alert.$Shape; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "json"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json: sluice.Json.$Shape; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "numberInput"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput: sluice.NumberInput.$Shape; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "table"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table: sluice.Table.$Shape; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "dataframe"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe: sluice.Dataframe.$Shape; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "vegaLiteChart"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart: sluice.VegaLiteChart.$Shape; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "metric"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric: sluice.Metric.$Shape; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "spinner"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner: sluice.Spinner.$Shape; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "snow"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow: sluice.Snow.$Shape; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "heading"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading: sluice.Heading.$Shape; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "code"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code: sluice.Code.$Shape; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "chatInput"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput: sluice.ChatInput.$Shape; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "toast"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast: sluice.Toast.$Shape; pageLink?: null; dataEditor?: null; map?: null; custom?: null }|{ type?: "pageLink"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink: sluice.PageLink.$Shape; dataEditor?: null; map?: null; custom?: null }|{ type?: "dataEditor"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor: sluice.DataEditor.$Shape; map?: null; custom?: null }|{ type?: "map"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map: sluice.MapChart.$Shape; custom?: null }|{ type?: "custom"; text?: null; empty?: null; progress?: null; exception?: null; balloons?: null; graphvizChart?: null; button?: null; checkbox?: null; slider?: null; textArea?: null; radio?: null; textInput?: null; selectbox?: null; multiselect?: null; markdown?: null; alert?: null; json?: null; numberInput?: null; table?: null; dataframe?: null; vegaLiteChart?: null; metric?: null; spinner?: null; snow?: null; heading?: null; code?: null; chatInput?: null; toast?: null; pageLink?: null; dataEditor?: null; map?: null; custom: sluice.Custom.$Shape })
        );
    }

    /**
     * Properties of a Text.
     * @deprecated Use sluice.Text.$Properties instead.
     */
    interface IText extends sluice.Text.$Properties {
    }

    /** Represents a Text. */
    class Text {

        /**
         * Constructs a new Text.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Text.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Text body. */
        body: string;

        /** Text help. */
        help: string;

        /**
         * Creates a new Text instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Text instance
         */
        static create(properties: sluice.Text.$Shape): sluice.Text & sluice.Text.$Shape;
        static create(properties?: sluice.Text.$Properties): sluice.Text;

        /**
         * Encodes the specified Text message. Does not implicitly {@link sluice.Text.verify|verify} messages.
         * @param message Text message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Text message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Text & sluice.Text.$Shape} Text
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Text & sluice.Text.$Shape;
    }

    namespace Text {

        /** Properties of a Text. */
        interface $Properties {

            /** Text body */
            body?: (string|null);

            /** Text help */
            help?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Text. */
        type $Shape = sluice.Text.$Properties;
    }

    /**
     * Properties of a Markdown.
     * @deprecated Use sluice.Markdown.$Properties instead.
     */
    interface IMarkdown extends sluice.Markdown.$Properties {
    }

    /** Represents a Markdown. */
    class Markdown {

        /**
         * Constructs a new Markdown.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Markdown.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Markdown body. */
        body: string;

        /** Markdown allowHtml. */
        allowHtml: boolean;

        /** Markdown isCaption. */
        isCaption: boolean;

        /** Markdown elementType. */
        elementType: sluice.Markdown.Type;

        /** Markdown help. */
        help: string;

        /** Markdown streaming. */
        streaming: boolean;

        /**
         * Creates a new Markdown instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Markdown instance
         */
        static create(properties: sluice.Markdown.$Shape): sluice.Markdown & sluice.Markdown.$Shape;
        static create(properties?: sluice.Markdown.$Properties): sluice.Markdown;

        /**
         * Encodes the specified Markdown message. Does not implicitly {@link sluice.Markdown.verify|verify} messages.
         * @param message Markdown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Markdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Markdown message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Markdown & sluice.Markdown.$Shape} Markdown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Markdown & sluice.Markdown.$Shape;
    }

    namespace Markdown {

        /** Properties of a Markdown. */
        interface $Properties {

            /** Markdown body */
            body?: (string|null);

            /** Markdown allowHtml */
            allowHtml?: (boolean|null);

            /** Markdown isCaption */
            isCaption?: (boolean|null);

            /** Markdown elementType */
            elementType?: (sluice.Markdown.Type|null);

            /** Markdown help */
            help?: (string|null);

            /** Markdown streaming */
            streaming?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Markdown. */
        type $Shape = sluice.Markdown.$Properties;

        /** Type enum. */
        enum Type {

            /** UNSPECIFIED value */
            UNSPECIFIED = 0,

            /** NATIVE value */
            NATIVE = 1,

            /** CAPTION value */
            CAPTION = 2,

            /** CODE value */
            CODE = 3,

            /** LATEX value */
            LATEX = 4,

            /** DIVIDER value */
            DIVIDER = 5
        }
    }

    /**
     * Properties of a ChatInput.
     * @deprecated Use sluice.ChatInput.$Properties instead.
     */
    interface IChatInput extends sluice.ChatInput.$Properties {
    }

    /** Represents a ChatInput. */
    class ChatInput {

        /**
         * Constructs a new ChatInput.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ChatInput.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChatInput id. */
        id: string;

        /** ChatInput placeholder. */
        placeholder: string;

        /** ChatInput maxChars. */
        maxChars: number;

        /** ChatInput disabled. */
        disabled: boolean;

        /** ChatInput position. */
        position: sluice.ChatInput.Position;

        /** ChatInput help. */
        help: string;

        /** ChatInput error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new ChatInput instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChatInput instance
         */
        static create(properties: sluice.ChatInput.$Shape): sluice.ChatInput & sluice.ChatInput.$Shape;
        static create(properties?: sluice.ChatInput.$Properties): sluice.ChatInput;

        /**
         * Encodes the specified ChatInput message. Does not implicitly {@link sluice.ChatInput.verify|verify} messages.
         * @param message ChatInput message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ChatInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatInput message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ChatInput & sluice.ChatInput.$Shape} ChatInput
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ChatInput & sluice.ChatInput.$Shape;
    }

    namespace ChatInput {

        /** Properties of a ChatInput. */
        interface $Properties {

            /** ChatInput id */
            id?: (string|null);

            /** ChatInput placeholder */
            placeholder?: (string|null);

            /** ChatInput maxChars */
            maxChars?: (number|null);

            /** ChatInput disabled */
            disabled?: (boolean|null);

            /** ChatInput position */
            position?: (sluice.ChatInput.Position|null);

            /** ChatInput help */
            help?: (string|null);

            /** ChatInput error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChatInput. */
        type $Shape = sluice.ChatInput.$Properties;

        /** Position enum. */
        enum Position {

            /** BOTTOM value */
            BOTTOM = 0,

            /** INLINE value */
            INLINE = 1
        }
    }

    /**
     * Properties of a LabelVisibility.
     * @deprecated Use sluice.LabelVisibility.$Properties instead.
     */
    interface ILabelVisibility extends sluice.LabelVisibility.$Properties {
    }

    /** Represents a LabelVisibility. */
    class LabelVisibility {

        /**
         * Constructs a new LabelVisibility.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.LabelVisibility.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelVisibility value. */
        value: sluice.LabelVisibility.Value;

        /**
         * Creates a new LabelVisibility instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelVisibility instance
         */
        static create(properties: sluice.LabelVisibility.$Shape): sluice.LabelVisibility & sluice.LabelVisibility.$Shape;
        static create(properties?: sluice.LabelVisibility.$Properties): sluice.LabelVisibility;

        /**
         * Encodes the specified LabelVisibility message. Does not implicitly {@link sluice.LabelVisibility.verify|verify} messages.
         * @param message LabelVisibility message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.LabelVisibility.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelVisibility message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.LabelVisibility & sluice.LabelVisibility.$Shape} LabelVisibility
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.LabelVisibility & sluice.LabelVisibility.$Shape;
    }

    namespace LabelVisibility {

        /** Properties of a LabelVisibility. */
        interface $Properties {

            /** LabelVisibility value */
            value?: (sluice.LabelVisibility.Value|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelVisibility. */
        type $Shape = sluice.LabelVisibility.$Properties;

        /** Value enum. */
        enum Value {

            /** VISIBLE value */
            VISIBLE = 0,

            /** HIDDEN value */
            HIDDEN = 1,

            /** COLLAPSED value */
            COLLAPSED = 2
        }
    }

    /**
     * Properties of a FieldError.
     * @deprecated Use sluice.FieldError.$Properties instead.
     */
    interface IFieldError extends sluice.FieldError.$Properties {
    }

    /** Represents a FieldError. */
    class FieldError {

        /**
         * Constructs a new FieldError.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.FieldError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FieldError message. */
        message: string;

        /** FieldError hint. */
        hint: string;

        /** FieldError entered. */
        entered: string[];

        /**
         * Creates a new FieldError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FieldError instance
         */
        static create(properties: sluice.FieldError.$Shape): sluice.FieldError & sluice.FieldError.$Shape;
        static create(properties?: sluice.FieldError.$Properties): sluice.FieldError;

        /**
         * Encodes the specified FieldError message. Does not implicitly {@link sluice.FieldError.verify|verify} messages.
         * @param message FieldError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.FieldError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FieldError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.FieldError & sluice.FieldError.$Shape} FieldError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.FieldError & sluice.FieldError.$Shape;
    }

    namespace FieldError {

        /** Properties of a FieldError. */
        interface $Properties {

            /** FieldError message */
            message?: (string|null);

            /** FieldError hint */
            hint?: (string|null);

            /** FieldError entered */
            entered?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FieldError. */
        type $Shape = sluice.FieldError.$Properties;
    }

    /**
     * Properties of a Heading.
     * @deprecated Use sluice.Heading.$Properties instead.
     */
    interface IHeading extends sluice.Heading.$Properties {
    }

    /** Represents a Heading. */
    class Heading {

        /**
         * Constructs a new Heading.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Heading.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Heading tag. */
        tag: string;

        /** Heading anchor. */
        anchor: string;

        /** Heading body. */
        body: string;

        /** Heading help. */
        help: string;

        /** Heading hideAnchor. */
        hideAnchor: boolean;

        /** Heading divider. */
        divider: string;

        /**
         * Creates a new Heading instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Heading instance
         */
        static create(properties: sluice.Heading.$Shape): sluice.Heading & sluice.Heading.$Shape;
        static create(properties?: sluice.Heading.$Properties): sluice.Heading;

        /**
         * Encodes the specified Heading message. Does not implicitly {@link sluice.Heading.verify|verify} messages.
         * @param message Heading message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Heading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Heading message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Heading & sluice.Heading.$Shape} Heading
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Heading & sluice.Heading.$Shape;
    }

    namespace Heading {

        /** Properties of a Heading. */
        interface $Properties {

            /** Heading tag */
            tag?: (string|null);

            /** Heading anchor */
            anchor?: (string|null);

            /** Heading body */
            body?: (string|null);

            /** Heading help */
            help?: (string|null);

            /** Heading hideAnchor */
            hideAnchor?: (boolean|null);

            /** Heading divider */
            divider?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Heading. */
        type $Shape = sluice.Heading.$Properties;
    }

    /**
     * Properties of a Code.
     * @deprecated Use sluice.Code.$Properties instead.
     */
    interface ICode extends sluice.Code.$Properties {
    }

    /** Represents a Code. */
    class Code {

        /**
         * Constructs a new Code.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Code.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Code codeText. */
        codeText: string;

        /** Code language. */
        language: string;

        /** Code showLineNumbers. */
        showLineNumbers: boolean;

        /** Code wrapLines. */
        wrapLines: boolean;

        /**
         * Creates a new Code instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Code instance
         */
        static create(properties: sluice.Code.$Shape): sluice.Code & sluice.Code.$Shape;
        static create(properties?: sluice.Code.$Properties): sluice.Code;

        /**
         * Encodes the specified Code message. Does not implicitly {@link sluice.Code.verify|verify} messages.
         * @param message Code message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Code.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Code message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Code & sluice.Code.$Shape} Code
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Code & sluice.Code.$Shape;
    }

    namespace Code {

        /** Properties of a Code. */
        interface $Properties {

            /** Code codeText */
            codeText?: (string|null);

            /** Code language */
            language?: (string|null);

            /** Code showLineNumbers */
            showLineNumbers?: (boolean|null);

            /** Code wrapLines */
            wrapLines?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Code. */
        type $Shape = sluice.Code.$Properties;
    }

    /**
     * Properties of an Alert.
     * @deprecated Use sluice.Alert.$Properties instead.
     */
    interface IAlert extends sluice.Alert.$Properties {
    }

    /** Represents an Alert. */
    class Alert {

        /**
         * Constructs a new Alert.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Alert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Alert body. */
        body: string;

        /** Alert format. */
        format: sluice.Alert.Format;

        /** Alert icon. */
        icon: string;

        /**
         * Creates a new Alert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Alert instance
         */
        static create(properties: sluice.Alert.$Shape): sluice.Alert & sluice.Alert.$Shape;
        static create(properties?: sluice.Alert.$Properties): sluice.Alert;

        /**
         * Encodes the specified Alert message. Does not implicitly {@link sluice.Alert.verify|verify} messages.
         * @param message Alert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Alert & sluice.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Alert & sluice.Alert.$Shape;
    }

    namespace Alert {

        /** Properties of an Alert. */
        interface $Properties {

            /** Alert body */
            body?: (string|null);

            /** Alert format */
            format?: (sluice.Alert.Format|null);

            /** Alert icon */
            icon?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Alert. */
        type $Shape = sluice.Alert.$Properties;

        /** Format enum. */
        enum Format {

            /** UNUSED value */
            UNUSED = 0,

            /** ERROR value */
            ERROR = 1,

            /** WARNING value */
            WARNING = 2,

            /** INFO value */
            INFO = 3,

            /** SUCCESS value */
            SUCCESS = 4
        }
    }

    /**
     * Properties of an Exception.
     * @deprecated Use sluice.Exception.$Properties instead.
     */
    interface IException extends sluice.Exception.$Properties {
    }

    /** Represents an Exception. */
    class Exception {

        /**
         * Constructs a new Exception.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Exception.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Exception type. */
        type: string;

        /** Exception message. */
        message: string;

        /** Exception messageIsMarkdown. */
        messageIsMarkdown: boolean;

        /** Exception stackTrace. */
        stackTrace: string[];

        /** Exception isWarning. */
        isWarning: boolean;

        /**
         * Creates a new Exception instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Exception instance
         */
        static create(properties: sluice.Exception.$Shape): sluice.Exception & sluice.Exception.$Shape;
        static create(properties?: sluice.Exception.$Properties): sluice.Exception;

        /**
         * Encodes the specified Exception message. Does not implicitly {@link sluice.Exception.verify|verify} messages.
         * @param message Exception message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Exception.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Exception message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Exception & sluice.Exception.$Shape} Exception
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Exception & sluice.Exception.$Shape;
    }

    namespace Exception {

        /** Properties of an Exception. */
        interface $Properties {

            /** Exception type */
            type?: (string|null);

            /** Exception message */
            message?: (string|null);

            /** Exception messageIsMarkdown */
            messageIsMarkdown?: (boolean|null);

            /** Exception stackTrace */
            stackTrace?: (string[]|null);

            /** Exception isWarning */
            isWarning?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Exception. */
        type $Shape = sluice.Exception.$Properties;
    }

    /**
     * Properties of a Json.
     * @deprecated Use sluice.Json.$Properties instead.
     */
    interface IJson extends sluice.Json.$Properties {
    }

    /** Represents a Json. */
    class Json {

        /**
         * Constructs a new Json.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Json.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Json body. */
        body: string;

        /** Json expanded. */
        expanded: boolean;

        /** Json maxExpandDepth. */
        maxExpandDepth: number;

        /**
         * Creates a new Json instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Json instance
         */
        static create(properties: sluice.Json.$Shape): sluice.Json & sluice.Json.$Shape;
        static create(properties?: sluice.Json.$Properties): sluice.Json;

        /**
         * Encodes the specified Json message. Does not implicitly {@link sluice.Json.verify|verify} messages.
         * @param message Json message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Json.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Json message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Json & sluice.Json.$Shape} Json
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Json & sluice.Json.$Shape;
    }

    namespace Json {

        /** Properties of a Json. */
        interface $Properties {

            /** Json body */
            body?: (string|null);

            /** Json expanded */
            expanded?: (boolean|null);

            /** Json maxExpandDepth */
            maxExpandDepth?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Json. */
        type $Shape = sluice.Json.$Properties;
    }

    /**
     * Properties of a Metric.
     * @deprecated Use sluice.Metric.$Properties instead.
     */
    interface IMetric extends sluice.Metric.$Properties {
    }

    /** Represents a Metric. */
    class Metric {

        /**
         * Constructs a new Metric.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Metric.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Metric label. */
        label: string;

        /** Metric body. */
        body: string;

        /** Metric delta. */
        delta: string;

        /** Metric direction. */
        direction: sluice.Metric.Direction;

        /** Metric color. */
        color: sluice.Metric.Color;

        /** Metric help. */
        help: string;

        /** Metric showBorder. */
        showBorder: boolean;

        /** Metric chartData. */
        chartData: number[];

        /** Metric chartType. */
        chartType: string;

        /**
         * Creates a new Metric instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Metric instance
         */
        static create(properties: sluice.Metric.$Shape): sluice.Metric & sluice.Metric.$Shape;
        static create(properties?: sluice.Metric.$Properties): sluice.Metric;

        /**
         * Encodes the specified Metric message. Does not implicitly {@link sluice.Metric.verify|verify} messages.
         * @param message Metric message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Metric message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Metric & sluice.Metric.$Shape} Metric
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Metric & sluice.Metric.$Shape;
    }

    namespace Metric {

        /** Properties of a Metric. */
        interface $Properties {

            /** Metric label */
            label?: (string|null);

            /** Metric body */
            body?: (string|null);

            /** Metric delta */
            delta?: (string|null);

            /** Metric direction */
            direction?: (sluice.Metric.Direction|null);

            /** Metric color */
            color?: (sluice.Metric.Color|null);

            /** Metric help */
            help?: (string|null);

            /** Metric showBorder */
            showBorder?: (boolean|null);

            /** Metric chartData */
            chartData?: (number[]|null);

            /** Metric chartType */
            chartType?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Metric. */
        type $Shape = sluice.Metric.$Properties;

        /** Color enum. */
        enum Color {

            /** UNSPECIFIED value */
            UNSPECIFIED = 0,

            /** GREEN value */
            GREEN = 1,

            /** RED value */
            RED = 2,

            /** GRAY value */
            GRAY = 3
        }

        /** Direction enum. */
        enum Direction {

            /** NONE value */
            NONE = 0,

            /** UP value */
            UP = 1,

            /** DOWN value */
            DOWN = 2
        }
    }

    /**
     * Properties of an Empty.
     * @deprecated Use sluice.Empty.$Properties instead.
     */
    interface IEmpty extends sluice.Empty.$Properties {
    }

    /** Represents an Empty. */
    class Empty {

        /**
         * Constructs a new Empty.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Empty.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Empty instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Empty instance
         */
        static create(properties: sluice.Empty.$Shape): sluice.Empty & sluice.Empty.$Shape;
        static create(properties?: sluice.Empty.$Properties): sluice.Empty;

        /**
         * Encodes the specified Empty message. Does not implicitly {@link sluice.Empty.verify|verify} messages.
         * @param message Empty message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Empty & sluice.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Empty & sluice.Empty.$Shape;
    }

    namespace Empty {

        /** Properties of an Empty. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Empty. */
        type $Shape = sluice.Empty.$Properties;
    }

    /**
     * Properties of a Button.
     * @deprecated Use sluice.Button.$Properties instead.
     */
    interface IButton extends sluice.Button.$Properties {
    }

    /** Represents a Button. */
    class Button {

        /**
         * Constructs a new Button.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Button.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Button id. */
        id: string;

        /** Button label. */
        label: string;

        /** Button default. */
        default: boolean;

        /** Button help. */
        help: string;

        /** Button formId. */
        formId: string;

        /** Button isFormSubmitter. */
        isFormSubmitter: boolean;

        /** Button type. */
        type: string;

        /** Button disabled. */
        disabled: boolean;

        /** Button icon. */
        icon: string;

        /** Button useContainerWidth. */
        useContainerWidth: boolean;

        /**
         * Creates a new Button instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Button instance
         */
        static create(properties: sluice.Button.$Shape): sluice.Button & sluice.Button.$Shape;
        static create(properties?: sluice.Button.$Properties): sluice.Button;

        /**
         * Encodes the specified Button message. Does not implicitly {@link sluice.Button.verify|verify} messages.
         * @param message Button message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Button.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Button message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Button & sluice.Button.$Shape} Button
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Button & sluice.Button.$Shape;
    }

    namespace Button {

        /** Properties of a Button. */
        interface $Properties {

            /** Button id */
            id?: (string|null);

            /** Button label */
            label?: (string|null);

            /** Button default */
            "default"?: (boolean|null);

            /** Button help */
            help?: (string|null);

            /** Button formId */
            formId?: (string|null);

            /** Button isFormSubmitter */
            isFormSubmitter?: (boolean|null);

            /** Button type */
            type?: (string|null);

            /** Button disabled */
            disabled?: (boolean|null);

            /** Button icon */
            icon?: (string|null);

            /** Button useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Button. */
        type $Shape = sluice.Button.$Properties;
    }

    /**
     * Properties of a Checkbox.
     * @deprecated Use sluice.Checkbox.$Properties instead.
     */
    interface ICheckbox extends sluice.Checkbox.$Properties {
    }

    /** Represents a Checkbox. */
    class Checkbox {

        /**
         * Constructs a new Checkbox.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Checkbox.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Checkbox id. */
        id: string;

        /** Checkbox label. */
        label: string;

        /** Checkbox default. */
        default: boolean;

        /** Checkbox help. */
        help: string;

        /** Checkbox formId. */
        formId: string;

        /** Checkbox value. */
        value: boolean;

        /** Checkbox setValue. */
        setValue: boolean;

        /** Checkbox disabled. */
        disabled: boolean;

        /** Checkbox labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** Checkbox type. */
        type: sluice.Checkbox.StyleType;

        /** Checkbox error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new Checkbox instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Checkbox instance
         */
        static create(properties: sluice.Checkbox.$Shape): sluice.Checkbox & sluice.Checkbox.$Shape;
        static create(properties?: sluice.Checkbox.$Properties): sluice.Checkbox;

        /**
         * Encodes the specified Checkbox message. Does not implicitly {@link sluice.Checkbox.verify|verify} messages.
         * @param message Checkbox message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Checkbox.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Checkbox message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Checkbox & sluice.Checkbox.$Shape} Checkbox
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Checkbox & sluice.Checkbox.$Shape;
    }

    namespace Checkbox {

        /** Properties of a Checkbox. */
        interface $Properties {

            /** Checkbox id */
            id?: (string|null);

            /** Checkbox label */
            label?: (string|null);

            /** Checkbox default */
            "default"?: (boolean|null);

            /** Checkbox help */
            help?: (string|null);

            /** Checkbox formId */
            formId?: (string|null);

            /** Checkbox value */
            value?: (boolean|null);

            /** Checkbox setValue */
            setValue?: (boolean|null);

            /** Checkbox disabled */
            disabled?: (boolean|null);

            /** Checkbox labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** Checkbox type */
            type?: (sluice.Checkbox.StyleType|null);

            /** Checkbox error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Checkbox. */
        type $Shape = sluice.Checkbox.$Properties;

        /** StyleType enum. */
        enum StyleType {

            /** DEFAULT value */
            DEFAULT = 0,

            /** TOGGLE value */
            TOGGLE = 1
        }
    }

    /**
     * Properties of a Radio.
     * @deprecated Use sluice.Radio.$Properties instead.
     */
    interface IRadio extends sluice.Radio.$Properties {
    }

    /** Represents a Radio. */
    class Radio {

        /**
         * Constructs a new Radio.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Radio.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Radio id. */
        id: string;

        /** Radio label. */
        label: string;

        /** Radio default. */
        default?: (number|null);

        /** Radio options. */
        options: string[];

        /** Radio help. */
        help: string;

        /** Radio formId. */
        formId: string;

        /** Radio value. */
        value?: (number|null);

        /** Radio setValue. */
        setValue: boolean;

        /** Radio disabled. */
        disabled: boolean;

        /** Radio horizontal. */
        horizontal: boolean;

        /** Radio labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** Radio captions. */
        captions: string[];

        /** Radio error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new Radio instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Radio instance
         */
        static create(properties: sluice.Radio.$Shape): sluice.Radio & sluice.Radio.$Shape;
        static create(properties?: sluice.Radio.$Properties): sluice.Radio;

        /**
         * Encodes the specified Radio message. Does not implicitly {@link sluice.Radio.verify|verify} messages.
         * @param message Radio message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Radio.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Radio message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Radio & sluice.Radio.$Shape} Radio
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Radio & sluice.Radio.$Shape;
    }

    namespace Radio {

        /** Properties of a Radio. */
        interface $Properties {

            /** Radio id */
            id?: (string|null);

            /** Radio label */
            label?: (string|null);

            /** Radio default */
            "default"?: (number|null);

            /** Radio options */
            options?: (string[]|null);

            /** Radio help */
            help?: (string|null);

            /** Radio formId */
            formId?: (string|null);

            /** Radio value */
            value?: (number|null);

            /** Radio setValue */
            setValue?: (boolean|null);

            /** Radio disabled */
            disabled?: (boolean|null);

            /** Radio horizontal */
            horizontal?: (boolean|null);

            /** Radio labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** Radio captions */
            captions?: (string[]|null);

            /** Radio error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Radio. */
        type $Shape = sluice.Radio.$Properties;
    }

    /**
     * Properties of a Selectbox.
     * @deprecated Use sluice.Selectbox.$Properties instead.
     */
    interface ISelectbox extends sluice.Selectbox.$Properties {
    }

    /** Represents a Selectbox. */
    class Selectbox {

        /**
         * Constructs a new Selectbox.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Selectbox.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Selectbox id. */
        id: string;

        /** Selectbox label. */
        label: string;

        /** Selectbox default. */
        default?: (number|null);

        /** Selectbox options. */
        options: string[];

        /** Selectbox help. */
        help: string;

        /** Selectbox formId. */
        formId: string;

        /** Selectbox value. */
        value?: (number|null);

        /** Selectbox setValue. */
        setValue: boolean;

        /** Selectbox disabled. */
        disabled: boolean;

        /** Selectbox labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** Selectbox placeholder. */
        placeholder: string;

        /** Selectbox error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new Selectbox instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Selectbox instance
         */
        static create(properties: sluice.Selectbox.$Shape): sluice.Selectbox & sluice.Selectbox.$Shape;
        static create(properties?: sluice.Selectbox.$Properties): sluice.Selectbox;

        /**
         * Encodes the specified Selectbox message. Does not implicitly {@link sluice.Selectbox.verify|verify} messages.
         * @param message Selectbox message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Selectbox.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Selectbox message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Selectbox & sluice.Selectbox.$Shape} Selectbox
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Selectbox & sluice.Selectbox.$Shape;
    }

    namespace Selectbox {

        /** Properties of a Selectbox. */
        interface $Properties {

            /** Selectbox id */
            id?: (string|null);

            /** Selectbox label */
            label?: (string|null);

            /** Selectbox default */
            "default"?: (number|null);

            /** Selectbox options */
            options?: (string[]|null);

            /** Selectbox help */
            help?: (string|null);

            /** Selectbox formId */
            formId?: (string|null);

            /** Selectbox value */
            value?: (number|null);

            /** Selectbox setValue */
            setValue?: (boolean|null);

            /** Selectbox disabled */
            disabled?: (boolean|null);

            /** Selectbox labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** Selectbox placeholder */
            placeholder?: (string|null);

            /** Selectbox error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Selectbox. */
        type $Shape = sluice.Selectbox.$Properties;
    }

    /**
     * Properties of a MultiSelect.
     * @deprecated Use sluice.MultiSelect.$Properties instead.
     */
    interface IMultiSelect extends sluice.MultiSelect.$Properties {
    }

    /** Represents a MultiSelect. */
    class MultiSelect {

        /**
         * Constructs a new MultiSelect.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.MultiSelect.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MultiSelect id. */
        id: string;

        /** MultiSelect label. */
        label: string;

        /** MultiSelect default. */
        default: number[];

        /** MultiSelect options. */
        options: string[];

        /** MultiSelect help. */
        help: string;

        /** MultiSelect formId. */
        formId: string;

        /** MultiSelect value. */
        value: number[];

        /** MultiSelect setValue. */
        setValue: boolean;

        /** MultiSelect disabled. */
        disabled: boolean;

        /** MultiSelect labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** MultiSelect maxSelections. */
        maxSelections: number;

        /** MultiSelect placeholder. */
        placeholder: string;

        /** MultiSelect error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new MultiSelect instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MultiSelect instance
         */
        static create(properties: sluice.MultiSelect.$Shape): sluice.MultiSelect & sluice.MultiSelect.$Shape;
        static create(properties?: sluice.MultiSelect.$Properties): sluice.MultiSelect;

        /**
         * Encodes the specified MultiSelect message. Does not implicitly {@link sluice.MultiSelect.verify|verify} messages.
         * @param message MultiSelect message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.MultiSelect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MultiSelect message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.MultiSelect & sluice.MultiSelect.$Shape} MultiSelect
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.MultiSelect & sluice.MultiSelect.$Shape;
    }

    namespace MultiSelect {

        /** Properties of a MultiSelect. */
        interface $Properties {

            /** MultiSelect id */
            id?: (string|null);

            /** MultiSelect label */
            label?: (string|null);

            /** MultiSelect default */
            "default"?: (number[]|null);

            /** MultiSelect options */
            options?: (string[]|null);

            /** MultiSelect help */
            help?: (string|null);

            /** MultiSelect formId */
            formId?: (string|null);

            /** MultiSelect value */
            value?: (number[]|null);

            /** MultiSelect setValue */
            setValue?: (boolean|null);

            /** MultiSelect disabled */
            disabled?: (boolean|null);

            /** MultiSelect labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** MultiSelect maxSelections */
            maxSelections?: (number|null);

            /** MultiSelect placeholder */
            placeholder?: (string|null);

            /** MultiSelect error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MultiSelect. */
        type $Shape = sluice.MultiSelect.$Properties;
    }

    /**
     * Properties of a Slider.
     * @deprecated Use sluice.Slider.$Properties instead.
     */
    interface ISlider extends sluice.Slider.$Properties {
    }

    /** Represents a Slider. */
    class Slider {

        /**
         * Constructs a new Slider.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Slider.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Slider id. */
        id: string;

        /** Slider formId. */
        formId: string;

        /** Slider label. */
        label: string;

        /** Slider format. */
        format: string;

        /** Slider dataType. */
        dataType: sluice.Slider.DataType;

        /** Slider default. */
        default: number[];

        /** Slider min. */
        min: number;

        /** Slider max. */
        max: number;

        /** Slider step. */
        step: number;

        /** Slider value. */
        value: number[];

        /** Slider setValue. */
        setValue: boolean;

        /** Slider help. */
        help: string;

        /** Slider disabled. */
        disabled: boolean;

        /** Slider labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** Slider error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new Slider instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Slider instance
         */
        static create(properties: sluice.Slider.$Shape): sluice.Slider & sluice.Slider.$Shape;
        static create(properties?: sluice.Slider.$Properties): sluice.Slider;

        /**
         * Encodes the specified Slider message. Does not implicitly {@link sluice.Slider.verify|verify} messages.
         * @param message Slider message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Slider.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Slider message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Slider & sluice.Slider.$Shape} Slider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Slider & sluice.Slider.$Shape;
    }

    namespace Slider {

        /** Properties of a Slider. */
        interface $Properties {

            /** Slider id */
            id?: (string|null);

            /** Slider formId */
            formId?: (string|null);

            /** Slider label */
            label?: (string|null);

            /** Slider format */
            format?: (string|null);

            /** Slider dataType */
            dataType?: (sluice.Slider.DataType|null);

            /** Slider default */
            "default"?: (number[]|null);

            /** Slider min */
            min?: (number|null);

            /** Slider max */
            max?: (number|null);

            /** Slider step */
            step?: (number|null);

            /** Slider value */
            value?: (number[]|null);

            /** Slider setValue */
            setValue?: (boolean|null);

            /** Slider help */
            help?: (string|null);

            /** Slider disabled */
            disabled?: (boolean|null);

            /** Slider labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** Slider error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Slider. */
        type $Shape = sluice.Slider.$Properties;

        /** DataType enum. */
        enum DataType {

            /** INT value */
            INT = 0,

            /** FLOAT value */
            FLOAT = 1
        }
    }

    /**
     * Properties of a TextInput.
     * @deprecated Use sluice.TextInput.$Properties instead.
     */
    interface ITextInput extends sluice.TextInput.$Properties {
    }

    /** Represents a TextInput. */
    class TextInput {

        /**
         * Constructs a new TextInput.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.TextInput.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TextInput id. */
        id: string;

        /** TextInput label. */
        label: string;

        /** TextInput default. */
        default?: (string|null);

        /** TextInput type. */
        type: sluice.TextInput.Type;

        /** TextInput maxChars. */
        maxChars: number;

        /** TextInput help. */
        help: string;

        /** TextInput formId. */
        formId: string;

        /** TextInput value. */
        value?: (string|null);

        /** TextInput setValue. */
        setValue: boolean;

        /** TextInput autocomplete. */
        autocomplete: string;

        /** TextInput placeholder. */
        placeholder: string;

        /** TextInput disabled. */
        disabled: boolean;

        /** TextInput labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** TextInput error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new TextInput instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TextInput instance
         */
        static create(properties: sluice.TextInput.$Shape): sluice.TextInput & sluice.TextInput.$Shape;
        static create(properties?: sluice.TextInput.$Properties): sluice.TextInput;

        /**
         * Encodes the specified TextInput message. Does not implicitly {@link sluice.TextInput.verify|verify} messages.
         * @param message TextInput message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.TextInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TextInput message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.TextInput & sluice.TextInput.$Shape} TextInput
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.TextInput & sluice.TextInput.$Shape;
    }

    namespace TextInput {

        /** Properties of a TextInput. */
        interface $Properties {

            /** TextInput id */
            id?: (string|null);

            /** TextInput label */
            label?: (string|null);

            /** TextInput default */
            "default"?: (string|null);

            /** TextInput type */
            type?: (sluice.TextInput.Type|null);

            /** TextInput maxChars */
            maxChars?: (number|null);

            /** TextInput help */
            help?: (string|null);

            /** TextInput formId */
            formId?: (string|null);

            /** TextInput value */
            value?: (string|null);

            /** TextInput setValue */
            setValue?: (boolean|null);

            /** TextInput autocomplete */
            autocomplete?: (string|null);

            /** TextInput placeholder */
            placeholder?: (string|null);

            /** TextInput disabled */
            disabled?: (boolean|null);

            /** TextInput labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** TextInput error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TextInput. */
        type $Shape = sluice.TextInput.$Properties;

        /** Type enum. */
        enum Type {

            /** DEFAULT value */
            DEFAULT = 0,

            /** PASSWORD value */
            PASSWORD = 1
        }
    }

    /**
     * Properties of a TextArea.
     * @deprecated Use sluice.TextArea.$Properties instead.
     */
    interface ITextArea extends sluice.TextArea.$Properties {
    }

    /** Represents a TextArea. */
    class TextArea {

        /**
         * Constructs a new TextArea.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.TextArea.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TextArea id. */
        id: string;

        /** TextArea label. */
        label: string;

        /** TextArea default. */
        default?: (string|null);

        /** TextArea height. */
        height: number;

        /** TextArea maxChars. */
        maxChars: number;

        /** TextArea help. */
        help: string;

        /** TextArea formId. */
        formId: string;

        /** TextArea value. */
        value?: (string|null);

        /** TextArea setValue. */
        setValue: boolean;

        /** TextArea placeholder. */
        placeholder: string;

        /** TextArea disabled. */
        disabled: boolean;

        /** TextArea labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** TextArea error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new TextArea instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TextArea instance
         */
        static create(properties: sluice.TextArea.$Shape): sluice.TextArea & sluice.TextArea.$Shape;
        static create(properties?: sluice.TextArea.$Properties): sluice.TextArea;

        /**
         * Encodes the specified TextArea message. Does not implicitly {@link sluice.TextArea.verify|verify} messages.
         * @param message TextArea message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.TextArea.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TextArea message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.TextArea & sluice.TextArea.$Shape} TextArea
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.TextArea & sluice.TextArea.$Shape;
    }

    namespace TextArea {

        /** Properties of a TextArea. */
        interface $Properties {

            /** TextArea id */
            id?: (string|null);

            /** TextArea label */
            label?: (string|null);

            /** TextArea default */
            "default"?: (string|null);

            /** TextArea height */
            height?: (number|null);

            /** TextArea maxChars */
            maxChars?: (number|null);

            /** TextArea help */
            help?: (string|null);

            /** TextArea formId */
            formId?: (string|null);

            /** TextArea value */
            value?: (string|null);

            /** TextArea setValue */
            setValue?: (boolean|null);

            /** TextArea placeholder */
            placeholder?: (string|null);

            /** TextArea disabled */
            disabled?: (boolean|null);

            /** TextArea labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** TextArea error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TextArea. */
        type $Shape = sluice.TextArea.$Properties;
    }

    /**
     * Properties of a NumberInput.
     * @deprecated Use sluice.NumberInput.$Properties instead.
     */
    interface INumberInput extends sluice.NumberInput.$Properties {
    }

    /** Represents a NumberInput. */
    class NumberInput {

        /**
         * Constructs a new NumberInput.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.NumberInput.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NumberInput id. */
        id: string;

        /** NumberInput label. */
        label: string;

        /** NumberInput default. */
        default?: (number|null);

        /** NumberInput help. */
        help: string;

        /** NumberInput formId. */
        formId: string;

        /** NumberInput format. */
        format: string;

        /** NumberInput hasMin. */
        hasMin: boolean;

        /** NumberInput hasMax. */
        hasMax: boolean;

        /** NumberInput dataType. */
        dataType: sluice.NumberInput.DataType;

        /** NumberInput step. */
        step: number;

        /** NumberInput min. */
        min: number;

        /** NumberInput max. */
        max: number;

        /** NumberInput value. */
        value?: (number|null);

        /** NumberInput setValue. */
        setValue: boolean;

        /** NumberInput placeholder. */
        placeholder: string;

        /** NumberInput disabled. */
        disabled: boolean;

        /** NumberInput labelVisibility. */
        labelVisibility?: (sluice.LabelVisibility.$Properties|null);

        /** NumberInput error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new NumberInput instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NumberInput instance
         */
        static create(properties: sluice.NumberInput.$Shape): sluice.NumberInput & sluice.NumberInput.$Shape;
        static create(properties?: sluice.NumberInput.$Properties): sluice.NumberInput;

        /**
         * Encodes the specified NumberInput message. Does not implicitly {@link sluice.NumberInput.verify|verify} messages.
         * @param message NumberInput message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.NumberInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NumberInput message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.NumberInput & sluice.NumberInput.$Shape} NumberInput
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.NumberInput & sluice.NumberInput.$Shape;
    }

    namespace NumberInput {

        /** Properties of a NumberInput. */
        interface $Properties {

            /** NumberInput id */
            id?: (string|null);

            /** NumberInput label */
            label?: (string|null);

            /** NumberInput default */
            "default"?: (number|null);

            /** NumberInput help */
            help?: (string|null);

            /** NumberInput formId */
            formId?: (string|null);

            /** NumberInput format */
            format?: (string|null);

            /** NumberInput hasMin */
            hasMin?: (boolean|null);

            /** NumberInput hasMax */
            hasMax?: (boolean|null);

            /** NumberInput dataType */
            dataType?: (sluice.NumberInput.DataType|null);

            /** NumberInput step */
            step?: (number|null);

            /** NumberInput min */
            min?: (number|null);

            /** NumberInput max */
            max?: (number|null);

            /** NumberInput value */
            value?: (number|null);

            /** NumberInput setValue */
            setValue?: (boolean|null);

            /** NumberInput placeholder */
            placeholder?: (string|null);

            /** NumberInput disabled */
            disabled?: (boolean|null);

            /** NumberInput labelVisibility */
            labelVisibility?: (sluice.LabelVisibility.$Properties|null);

            /** NumberInput error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NumberInput. */
        type $Shape = sluice.NumberInput.$Properties;

        /** DataType enum. */
        enum DataType {

            /** INT value */
            INT = 0,

            /** FLOAT value */
            FLOAT = 1
        }
    }

    /**
     * Properties of a Custom.
     * @deprecated Use sluice.Custom.$Properties instead.
     */
    interface ICustom extends sluice.Custom.$Properties {
    }

    /** Represents a Custom. */
    class Custom {

        /**
         * Constructs a new Custom.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Custom.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Custom kind. */
        kind: string;

        /** Custom json. */
        json: string;

        /** Custom data. */
        data: Uint8Array;

        /**
         * Creates a new Custom instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Custom instance
         */
        static create(properties: sluice.Custom.$Shape): sluice.Custom & sluice.Custom.$Shape;
        static create(properties?: sluice.Custom.$Properties): sluice.Custom;

        /**
         * Encodes the specified Custom message. Does not implicitly {@link sluice.Custom.verify|verify} messages.
         * @param message Custom message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Custom.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Custom message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Custom & sluice.Custom.$Shape} Custom
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Custom & sluice.Custom.$Shape;
    }

    namespace Custom {

        /** Properties of a Custom. */
        interface $Properties {

            /** Custom kind */
            kind?: (string|null);

            /** Custom json */
            json?: (string|null);

            /** Custom data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Custom. */
        type $Shape = sluice.Custom.$Properties;
    }

    /**
     * Properties of a DataEditor.
     * @deprecated Use sluice.DataEditor.$Properties instead.
     */
    interface IDataEditor extends sluice.DataEditor.$Properties {
    }

    /** Represents a DataEditor. */
    class DataEditor {

        /**
         * Constructs a new DataEditor.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.DataEditor.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataEditor id. */
        id: string;

        /** DataEditor label. */
        label: string;

        /** DataEditor help. */
        help: string;

        /** DataEditor formId. */
        formId: string;

        /** DataEditor data. */
        data: Uint8Array;

        /** DataEditor columns. */
        columns: sluice.EditorColumn.$Properties[];

        /** DataEditor value. */
        value: string;

        /** DataEditor setValue. */
        setValue: boolean;

        /** DataEditor disabled. */
        disabled: boolean;

        /** DataEditor dynamic. */
        dynamic: boolean;

        /** DataEditor hideIndex. */
        hideIndex: boolean;

        /** DataEditor height. */
        height: number;

        /** DataEditor useContainerWidth. */
        useContainerWidth: boolean;

        /** DataEditor cellErrors. */
        cellErrors: sluice.CellError.$Properties[];

        /** DataEditor error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new DataEditor instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataEditor instance
         */
        static create(properties: sluice.DataEditor.$Shape): sluice.DataEditor & sluice.DataEditor.$Shape;
        static create(properties?: sluice.DataEditor.$Properties): sluice.DataEditor;

        /**
         * Encodes the specified DataEditor message. Does not implicitly {@link sluice.DataEditor.verify|verify} messages.
         * @param message DataEditor message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.DataEditor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataEditor message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.DataEditor & sluice.DataEditor.$Shape} DataEditor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.DataEditor & sluice.DataEditor.$Shape;
    }

    namespace DataEditor {

        /** Properties of a DataEditor. */
        interface $Properties {

            /** DataEditor id */
            id?: (string|null);

            /** DataEditor label */
            label?: (string|null);

            /** DataEditor help */
            help?: (string|null);

            /** DataEditor formId */
            formId?: (string|null);

            /** DataEditor data */
            data?: (Uint8Array|null);

            /** DataEditor columns */
            columns?: (sluice.EditorColumn.$Properties[]|null);

            /** DataEditor value */
            value?: (string|null);

            /** DataEditor setValue */
            setValue?: (boolean|null);

            /** DataEditor disabled */
            disabled?: (boolean|null);

            /** DataEditor dynamic */
            dynamic?: (boolean|null);

            /** DataEditor hideIndex */
            hideIndex?: (boolean|null);

            /** DataEditor height */
            height?: (number|null);

            /** DataEditor useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** DataEditor cellErrors */
            cellErrors?: (sluice.CellError.$Properties[]|null);

            /** DataEditor error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataEditor. */
        type $Shape = sluice.DataEditor.$Properties;
    }

    /**
     * Properties of an EditorColumn.
     * @deprecated Use sluice.EditorColumn.$Properties instead.
     */
    interface IEditorColumn extends sluice.EditorColumn.$Properties {
    }

    /** Represents an EditorColumn. */
    class EditorColumn {

        /**
         * Constructs a new EditorColumn.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.EditorColumn.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EditorColumn name. */
        name: string;

        /** EditorColumn label. */
        label: string;

        /** EditorColumn kind. */
        kind: sluice.EditorColumn.Kind;

        /** EditorColumn disabled. */
        disabled: boolean;

        /** EditorColumn required. */
        required: boolean;

        /** EditorColumn min. */
        min?: (number|null);

        /** EditorColumn max. */
        max?: (number|null);

        /** EditorColumn step. */
        step?: (number|null);

        /** EditorColumn options. */
        options: string[];

        /** EditorColumn maxChars. */
        maxChars: number;

        /** EditorColumn help. */
        help: string;

        /** EditorColumn position. */
        position: number;

        /** EditorColumn minText. */
        minText: string;

        /** EditorColumn maxText. */
        maxText: string;

        /** EditorColumn default. */
        default: string;

        /**
         * Creates a new EditorColumn instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EditorColumn instance
         */
        static create(properties: sluice.EditorColumn.$Shape): sluice.EditorColumn & sluice.EditorColumn.$Shape;
        static create(properties?: sluice.EditorColumn.$Properties): sluice.EditorColumn;

        /**
         * Encodes the specified EditorColumn message. Does not implicitly {@link sluice.EditorColumn.verify|verify} messages.
         * @param message EditorColumn message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.EditorColumn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EditorColumn message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.EditorColumn & sluice.EditorColumn.$Shape} EditorColumn
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.EditorColumn & sluice.EditorColumn.$Shape;
    }

    namespace EditorColumn {

        /** Properties of an EditorColumn. */
        interface $Properties {

            /** EditorColumn name */
            name?: (string|null);

            /** EditorColumn label */
            label?: (string|null);

            /** EditorColumn kind */
            kind?: (sluice.EditorColumn.Kind|null);

            /** EditorColumn disabled */
            disabled?: (boolean|null);

            /** EditorColumn required */
            required?: (boolean|null);

            /** EditorColumn min */
            min?: (number|null);

            /** EditorColumn max */
            max?: (number|null);

            /** EditorColumn step */
            step?: (number|null);

            /** EditorColumn options */
            options?: (string[]|null);

            /** EditorColumn maxChars */
            maxChars?: (number|null);

            /** EditorColumn help */
            help?: (string|null);

            /** EditorColumn position */
            position?: (number|null);

            /** EditorColumn minText */
            minText?: (string|null);

            /** EditorColumn maxText */
            maxText?: (string|null);

            /** EditorColumn default */
            "default"?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EditorColumn. */
        type $Shape = sluice.EditorColumn.$Properties;

        /** Kind enum. */
        enum Kind {

            /** TEXT value */
            TEXT = 0,

            /** INTEGER value */
            INTEGER = 1,

            /** NUMBER value */
            NUMBER = 2,

            /** CHECKBOX value */
            CHECKBOX = 3,

            /** SELECTBOX value */
            SELECTBOX = 4,

            /** DATE value */
            DATE = 5,

            /** TIME value */
            TIME = 6,

            /** DATETIME value */
            DATETIME = 7
        }
    }

    /**
     * Properties of a CellError.
     * @deprecated Use sluice.CellError.$Properties instead.
     */
    interface ICellError extends sluice.CellError.$Properties {
    }

    /** Represents a CellError. */
    class CellError {

        /**
         * Constructs a new CellError.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.CellError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CellError row. */
        row: string;

        /** CellError column. */
        column: number;

        /** CellError message. */
        message: string;

        /** CellError entered. */
        entered: string;

        /**
         * Creates a new CellError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CellError instance
         */
        static create(properties: sluice.CellError.$Shape): sluice.CellError & sluice.CellError.$Shape;
        static create(properties?: sluice.CellError.$Properties): sluice.CellError;

        /**
         * Encodes the specified CellError message. Does not implicitly {@link sluice.CellError.verify|verify} messages.
         * @param message CellError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.CellError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CellError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.CellError & sluice.CellError.$Shape} CellError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.CellError & sluice.CellError.$Shape;
    }

    namespace CellError {

        /** Properties of a CellError. */
        interface $Properties {

            /** CellError row */
            row?: (string|null);

            /** CellError column */
            column?: (number|null);

            /** CellError message */
            message?: (string|null);

            /** CellError entered */
            entered?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CellError. */
        type $Shape = sluice.CellError.$Properties;
    }

    /**
     * Properties of a VegaLiteChart.
     * @deprecated Use sluice.VegaLiteChart.$Properties instead.
     */
    interface IVegaLiteChart extends sluice.VegaLiteChart.$Properties {
    }

    /** Represents a VegaLiteChart. */
    class VegaLiteChart {

        /**
         * Constructs a new VegaLiteChart.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.VegaLiteChart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VegaLiteChart spec. */
        spec: string;

        /** VegaLiteChart data. */
        data: Uint8Array;

        /** VegaLiteChart datasets. */
        datasets: sluice.VegaLiteDataset.$Properties[];

        /** VegaLiteChart useContainerWidth. */
        useContainerWidth: boolean;

        /** VegaLiteChart theme. */
        theme: string;

        /** VegaLiteChart key. */
        key: string;

        /** VegaLiteChart chartType. */
        chartType: string;

        /**
         * Creates a new VegaLiteChart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VegaLiteChart instance
         */
        static create(properties: sluice.VegaLiteChart.$Shape): sluice.VegaLiteChart & sluice.VegaLiteChart.$Shape;
        static create(properties?: sluice.VegaLiteChart.$Properties): sluice.VegaLiteChart;

        /**
         * Encodes the specified VegaLiteChart message. Does not implicitly {@link sluice.VegaLiteChart.verify|verify} messages.
         * @param message VegaLiteChart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.VegaLiteChart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VegaLiteChart message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.VegaLiteChart & sluice.VegaLiteChart.$Shape} VegaLiteChart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.VegaLiteChart & sluice.VegaLiteChart.$Shape;
    }

    namespace VegaLiteChart {

        /** Properties of a VegaLiteChart. */
        interface $Properties {

            /** VegaLiteChart spec */
            spec?: (string|null);

            /** VegaLiteChart data */
            data?: (Uint8Array|null);

            /** VegaLiteChart datasets */
            datasets?: (sluice.VegaLiteDataset.$Properties[]|null);

            /** VegaLiteChart useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** VegaLiteChart theme */
            theme?: (string|null);

            /** VegaLiteChart key */
            key?: (string|null);

            /** VegaLiteChart chartType */
            chartType?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VegaLiteChart. */
        type $Shape = sluice.VegaLiteChart.$Properties;
    }

    /**
     * Properties of a VegaLiteDataset.
     * @deprecated Use sluice.VegaLiteDataset.$Properties instead.
     */
    interface IVegaLiteDataset extends sluice.VegaLiteDataset.$Properties {
    }

    /** Represents a VegaLiteDataset. */
    class VegaLiteDataset {

        /**
         * Constructs a new VegaLiteDataset.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.VegaLiteDataset.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VegaLiteDataset name. */
        name: string;

        /** VegaLiteDataset data. */
        data: Uint8Array;

        /**
         * Creates a new VegaLiteDataset instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VegaLiteDataset instance
         */
        static create(properties: sluice.VegaLiteDataset.$Shape): sluice.VegaLiteDataset & sluice.VegaLiteDataset.$Shape;
        static create(properties?: sluice.VegaLiteDataset.$Properties): sluice.VegaLiteDataset;

        /**
         * Encodes the specified VegaLiteDataset message. Does not implicitly {@link sluice.VegaLiteDataset.verify|verify} messages.
         * @param message VegaLiteDataset message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.VegaLiteDataset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VegaLiteDataset message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.VegaLiteDataset & sluice.VegaLiteDataset.$Shape} VegaLiteDataset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.VegaLiteDataset & sluice.VegaLiteDataset.$Shape;
    }

    namespace VegaLiteDataset {

        /** Properties of a VegaLiteDataset. */
        interface $Properties {

            /** VegaLiteDataset name */
            name?: (string|null);

            /** VegaLiteDataset data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VegaLiteDataset. */
        type $Shape = sluice.VegaLiteDataset.$Properties;
    }

    /**
     * Properties of a Dataframe.
     * @deprecated Use sluice.Dataframe.$Properties instead.
     */
    interface IDataframe extends sluice.Dataframe.$Properties {
    }

    /** Represents a Dataframe. */
    class Dataframe {

        /**
         * Constructs a new Dataframe.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Dataframe.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Dataframe id. */
        id: string;

        /** Dataframe data. */
        data: Uint8Array;

        /** Dataframe label. */
        label: string;

        /** Dataframe hideIndex. */
        hideIndex: boolean;

        /** Dataframe columnOrder. */
        columnOrder: string[];

        /** Dataframe columnConfig. */
        columnConfig: string;

        /** Dataframe height. */
        height: number;

        /** Dataframe width. */
        width: number;

        /** Dataframe useContainerWidth. */
        useContainerWidth: boolean;

        /** Dataframe pageSize. */
        pageSize: number;

        /** Dataframe sortColumn. */
        sortColumn: string;

        /** Dataframe sortDescending. */
        sortDescending: boolean;

        /** Dataframe page. */
        page: number;

        /** Dataframe selectionMode. */
        selectionMode: string[];

        /** Dataframe selectedRows. */
        selectedRows: number[];

        /** Dataframe selectedColumns. */
        selectedColumns: string[];

        /** Dataframe setValue. */
        setValue: boolean;

        /** Dataframe help. */
        help: string;

        /** Dataframe error. */
        error?: (sluice.FieldError.$Properties|null);

        /**
         * Creates a new Dataframe instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Dataframe instance
         */
        static create(properties: sluice.Dataframe.$Shape): sluice.Dataframe & sluice.Dataframe.$Shape;
        static create(properties?: sluice.Dataframe.$Properties): sluice.Dataframe;

        /**
         * Encodes the specified Dataframe message. Does not implicitly {@link sluice.Dataframe.verify|verify} messages.
         * @param message Dataframe message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Dataframe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Dataframe message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Dataframe & sluice.Dataframe.$Shape} Dataframe
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Dataframe & sluice.Dataframe.$Shape;
    }

    namespace Dataframe {

        /** Properties of a Dataframe. */
        interface $Properties {

            /** Dataframe id */
            id?: (string|null);

            /** Dataframe data */
            data?: (Uint8Array|null);

            /** Dataframe label */
            label?: (string|null);

            /** Dataframe hideIndex */
            hideIndex?: (boolean|null);

            /** Dataframe columnOrder */
            columnOrder?: (string[]|null);

            /** Dataframe columnConfig */
            columnConfig?: (string|null);

            /** Dataframe height */
            height?: (number|null);

            /** Dataframe width */
            width?: (number|null);

            /** Dataframe useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** Dataframe pageSize */
            pageSize?: (number|null);

            /** Dataframe sortColumn */
            sortColumn?: (string|null);

            /** Dataframe sortDescending */
            sortDescending?: (boolean|null);

            /** Dataframe page */
            page?: (number|null);

            /** Dataframe selectionMode */
            selectionMode?: (string[]|null);

            /** Dataframe selectedRows */
            selectedRows?: (number[]|null);

            /** Dataframe selectedColumns */
            selectedColumns?: (string[]|null);

            /** Dataframe setValue */
            setValue?: (boolean|null);

            /** Dataframe help */
            help?: (string|null);

            /** Dataframe error */
            error?: (sluice.FieldError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Dataframe. */
        type $Shape = sluice.Dataframe.$Properties;
    }

    /**
     * Properties of a Table.
     * @deprecated Use sluice.Table.$Properties instead.
     */
    interface ITable extends sluice.Table.$Properties {
    }

    /** Represents a Table. */
    class Table {

        /**
         * Constructs a new Table.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Table.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Table data. */
        data: Uint8Array;

        /** Table label. */
        label: string;

        /** Table hideIndex. */
        hideIndex: boolean;

        /**
         * Creates a new Table instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Table instance
         */
        static create(properties: sluice.Table.$Shape): sluice.Table & sluice.Table.$Shape;
        static create(properties?: sluice.Table.$Properties): sluice.Table;

        /**
         * Encodes the specified Table message. Does not implicitly {@link sluice.Table.verify|verify} messages.
         * @param message Table message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Table.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Table message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Table & sluice.Table.$Shape} Table
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Table & sluice.Table.$Shape;
    }

    namespace Table {

        /** Properties of a Table. */
        interface $Properties {

            /** Table data */
            data?: (Uint8Array|null);

            /** Table label */
            label?: (string|null);

            /** Table hideIndex */
            hideIndex?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Table. */
        type $Shape = sluice.Table.$Properties;
    }

    /**
     * Properties of a MapChart.
     * @deprecated Use sluice.MapChart.$Properties instead.
     */
    interface IMapChart extends sluice.MapChart.$Properties {
    }

    /** Represents a MapChart. */
    class MapChart {

        /**
         * Constructs a new MapChart.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.MapChart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MapChart data. */
        data: Uint8Array;

        /** MapChart latitude. */
        latitude: string;

        /** MapChart longitude. */
        longitude: string;

        /** MapChart sizeColumn. */
        sizeColumn: string;

        /** MapChart size. */
        size: number;

        /** MapChart colorColumn. */
        colorColumn: string;

        /** MapChart color. */
        color: string;

        /** MapChart zoom. */
        zoom?: (number|null);

        /** MapChart width. */
        width: number;

        /** MapChart height. */
        height: number;

        /** MapChart useContainerWidth. */
        useContainerWidth: boolean;

        /**
         * Creates a new MapChart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MapChart instance
         */
        static create(properties: sluice.MapChart.$Shape): sluice.MapChart & sluice.MapChart.$Shape;
        static create(properties?: sluice.MapChart.$Properties): sluice.MapChart;

        /**
         * Encodes the specified MapChart message. Does not implicitly {@link sluice.MapChart.verify|verify} messages.
         * @param message MapChart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.MapChart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MapChart message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.MapChart & sluice.MapChart.$Shape} MapChart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.MapChart & sluice.MapChart.$Shape;
    }

    namespace MapChart {

        /** Properties of a MapChart. */
        interface $Properties {

            /** MapChart data */
            data?: (Uint8Array|null);

            /** MapChart latitude */
            latitude?: (string|null);

            /** MapChart longitude */
            longitude?: (string|null);

            /** MapChart sizeColumn */
            sizeColumn?: (string|null);

            /** MapChart size */
            size?: (number|null);

            /** MapChart colorColumn */
            colorColumn?: (string|null);

            /** MapChart color */
            color?: (string|null);

            /** MapChart zoom */
            zoom?: (number|null);

            /** MapChart width */
            width?: (number|null);

            /** MapChart height */
            height?: (number|null);

            /** MapChart useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MapChart. */
        type $Shape = sluice.MapChart.$Properties;
    }

    /**
     * Properties of a GraphvizChart.
     * @deprecated Use sluice.GraphvizChart.$Properties instead.
     */
    interface IGraphvizChart extends sluice.GraphvizChart.$Properties {
    }

    /** Represents a GraphvizChart. */
    class GraphvizChart {

        /**
         * Constructs a new GraphvizChart.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.GraphvizChart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GraphvizChart spec. */
        spec: string;

        /** GraphvizChart useContainerWidth. */
        useContainerWidth: boolean;

        /**
         * Creates a new GraphvizChart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GraphvizChart instance
         */
        static create(properties: sluice.GraphvizChart.$Shape): sluice.GraphvizChart & sluice.GraphvizChart.$Shape;
        static create(properties?: sluice.GraphvizChart.$Properties): sluice.GraphvizChart;

        /**
         * Encodes the specified GraphvizChart message. Does not implicitly {@link sluice.GraphvizChart.verify|verify} messages.
         * @param message GraphvizChart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.GraphvizChart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GraphvizChart message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.GraphvizChart & sluice.GraphvizChart.$Shape} GraphvizChart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.GraphvizChart & sluice.GraphvizChart.$Shape;
    }

    namespace GraphvizChart {

        /** Properties of a GraphvizChart. */
        interface $Properties {

            /** GraphvizChart spec */
            spec?: (string|null);

            /** GraphvizChart useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GraphvizChart. */
        type $Shape = sluice.GraphvizChart.$Properties;
    }

    /**
     * Properties of a Progress.
     * @deprecated Use sluice.Progress.$Properties instead.
     */
    interface IProgress extends sluice.Progress.$Properties {
    }

    /** Represents a Progress. */
    class Progress {

        /**
         * Constructs a new Progress.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Progress.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Progress value. */
        value: number;

        /** Progress text. */
        text: string;

        /**
         * Creates a new Progress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Progress instance
         */
        static create(properties: sluice.Progress.$Shape): sluice.Progress & sluice.Progress.$Shape;
        static create(properties?: sluice.Progress.$Properties): sluice.Progress;

        /**
         * Encodes the specified Progress message. Does not implicitly {@link sluice.Progress.verify|verify} messages.
         * @param message Progress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Progress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Progress & sluice.Progress.$Shape} Progress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Progress & sluice.Progress.$Shape;
    }

    namespace Progress {

        /** Properties of a Progress. */
        interface $Properties {

            /** Progress value */
            value?: (number|null);

            /** Progress text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Progress. */
        type $Shape = sluice.Progress.$Properties;
    }

    /**
     * Properties of a Balloons.
     * @deprecated Use sluice.Balloons.$Properties instead.
     */
    interface IBalloons extends sluice.Balloons.$Properties {
    }

    /** Represents a Balloons. */
    class Balloons {

        /**
         * Constructs a new Balloons.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Balloons.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Balloons show. */
        show: number;

        /**
         * Creates a new Balloons instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Balloons instance
         */
        static create(properties: sluice.Balloons.$Shape): sluice.Balloons & sluice.Balloons.$Shape;
        static create(properties?: sluice.Balloons.$Properties): sluice.Balloons;

        /**
         * Encodes the specified Balloons message. Does not implicitly {@link sluice.Balloons.verify|verify} messages.
         * @param message Balloons message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Balloons.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Balloons message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Balloons & sluice.Balloons.$Shape} Balloons
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Balloons & sluice.Balloons.$Shape;
    }

    namespace Balloons {

        /** Properties of a Balloons. */
        interface $Properties {

            /** Balloons show */
            show?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Balloons. */
        type $Shape = sluice.Balloons.$Properties;
    }

    /**
     * Properties of a Spinner.
     * @deprecated Use sluice.Spinner.$Properties instead.
     */
    interface ISpinner extends sluice.Spinner.$Properties {
    }

    /** Represents a Spinner. */
    class Spinner {

        /**
         * Constructs a new Spinner.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Spinner.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Spinner text. */
        text: string;

        /**
         * Creates a new Spinner instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Spinner instance
         */
        static create(properties: sluice.Spinner.$Shape): sluice.Spinner & sluice.Spinner.$Shape;
        static create(properties?: sluice.Spinner.$Properties): sluice.Spinner;

        /**
         * Encodes the specified Spinner message. Does not implicitly {@link sluice.Spinner.verify|verify} messages.
         * @param message Spinner message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Spinner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Spinner message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Spinner & sluice.Spinner.$Shape} Spinner
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Spinner & sluice.Spinner.$Shape;
    }

    namespace Spinner {

        /** Properties of a Spinner. */
        interface $Properties {

            /** Spinner text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Spinner. */
        type $Shape = sluice.Spinner.$Properties;
    }

    /**
     * Properties of a Snow.
     * @deprecated Use sluice.Snow.$Properties instead.
     */
    interface ISnow extends sluice.Snow.$Properties {
    }

    /** Represents a Snow. */
    class Snow {

        /**
         * Constructs a new Snow.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Snow.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Snow show. */
        show: number;

        /**
         * Creates a new Snow instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Snow instance
         */
        static create(properties: sluice.Snow.$Shape): sluice.Snow & sluice.Snow.$Shape;
        static create(properties?: sluice.Snow.$Properties): sluice.Snow;

        /**
         * Encodes the specified Snow message. Does not implicitly {@link sluice.Snow.verify|verify} messages.
         * @param message Snow message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Snow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Snow message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Snow & sluice.Snow.$Shape} Snow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Snow & sluice.Snow.$Shape;
    }

    namespace Snow {

        /** Properties of a Snow. */
        interface $Properties {

            /** Snow show */
            show?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Snow. */
        type $Shape = sluice.Snow.$Properties;
    }

    /**
     * Properties of a Toast.
     * @deprecated Use sluice.Toast.$Properties instead.
     */
    interface IToast extends sluice.Toast.$Properties {
    }

    /** Represents a Toast. */
    class Toast {

        /**
         * Constructs a new Toast.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Toast.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Toast body. */
        body: string;

        /** Toast icon. */
        icon: string;

        /** Toast durationMs. */
        durationMs: number;

        /** Toast show. */
        show: number;

        /**
         * Creates a new Toast instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Toast instance
         */
        static create(properties: sluice.Toast.$Shape): sluice.Toast & sluice.Toast.$Shape;
        static create(properties?: sluice.Toast.$Properties): sluice.Toast;

        /**
         * Encodes the specified Toast message. Does not implicitly {@link sluice.Toast.verify|verify} messages.
         * @param message Toast message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Toast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Toast message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Toast & sluice.Toast.$Shape} Toast
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Toast & sluice.Toast.$Shape;
    }

    namespace Toast {

        /** Properties of a Toast. */
        interface $Properties {

            /** Toast body */
            body?: (string|null);

            /** Toast icon */
            icon?: (string|null);

            /** Toast durationMs */
            durationMs?: (number|null);

            /** Toast show */
            show?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Toast. */
        type $Shape = sluice.Toast.$Properties;
    }

    /**
     * Properties of a PageLink.
     * @deprecated Use sluice.PageLink.$Properties instead.
     */
    interface IPageLink extends sluice.PageLink.$Properties {
    }

    /** Represents a PageLink. */
    class PageLink {

        /**
         * Constructs a new PageLink.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.PageLink.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageLink page. */
        page: string;

        /** PageLink label. */
        label: string;

        /** PageLink icon. */
        icon: string;

        /** PageLink help. */
        help: string;

        /** PageLink disabled. */
        disabled: boolean;

        /** PageLink external. */
        external: boolean;

        /** PageLink isCurrent. */
        isCurrent: boolean;

        /** PageLink useContainerWidth. */
        useContainerWidth: boolean;

        /**
         * Creates a new PageLink instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageLink instance
         */
        static create(properties: sluice.PageLink.$Shape): sluice.PageLink & sluice.PageLink.$Shape;
        static create(properties?: sluice.PageLink.$Properties): sluice.PageLink;

        /**
         * Encodes the specified PageLink message. Does not implicitly {@link sluice.PageLink.verify|verify} messages.
         * @param message PageLink message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.PageLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageLink message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.PageLink & sluice.PageLink.$Shape} PageLink
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.PageLink & sluice.PageLink.$Shape;
    }

    namespace PageLink {

        /** Properties of a PageLink. */
        interface $Properties {

            /** PageLink page */
            page?: (string|null);

            /** PageLink label */
            label?: (string|null);

            /** PageLink icon */
            icon?: (string|null);

            /** PageLink help */
            help?: (string|null);

            /** PageLink disabled */
            disabled?: (boolean|null);

            /** PageLink external */
            external?: (boolean|null);

            /** PageLink isCurrent */
            isCurrent?: (boolean|null);

            /** PageLink useContainerWidth */
            useContainerWidth?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageLink. */
        type $Shape = sluice.PageLink.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use sluice.Block.$Properties instead.
     */
    interface IBlock extends sluice.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block vertical. */
        vertical?: (sluice.Block.Vertical.$Properties|null);

        /** Block chatMessage. */
        chatMessage?: (sluice.Block.ChatMessage.$Properties|null);

        /** Block horizontal. */
        horizontal?: (sluice.Block.Horizontal.$Properties|null);

        /** Block column. */
        column?: (sluice.Block.Column.$Properties|null);

        /** Block expandable. */
        expandable?: (sluice.Block.Expandable.$Properties|null);

        /** Block form. */
        form?: (sluice.Block.Form.$Properties|null);

        /** Block tabContainer. */
        tabContainer?: (sluice.Block.TabContainer.$Properties|null);

        /** Block tab. */
        tab?: (sluice.Block.Tab.$Properties|null);

        /** Block popover. */
        popover?: (sluice.Block.Popover.$Properties|null);

        /** Block dialog. */
        dialog?: (sluice.Block.Dialog.$Properties|null);

        /** Block allowEmpty. */
        allowEmpty: boolean;

        /** Block type. */
        type?: ("vertical"|"chatMessage"|"horizontal"|"column"|"expandable"|"form"|"tabContainer"|"tab"|"popover"|"dialog");

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: sluice.Block.$Shape): sluice.Block & sluice.Block.$Shape;
        static create(properties?: sluice.Block.$Properties): sluice.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link sluice.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Block & sluice.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block & sluice.Block.$Shape;
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block vertical */
            vertical?: (sluice.Block.Vertical.$Properties|null);

            /** Block chatMessage */
            chatMessage?: (sluice.Block.ChatMessage.$Properties|null);

            /** Block horizontal */
            horizontal?: (sluice.Block.Horizontal.$Properties|null);

            /** Block column */
            column?: (sluice.Block.Column.$Properties|null);

            /** Block expandable */
            expandable?: (sluice.Block.Expandable.$Properties|null);

            /** Block form */
            form?: (sluice.Block.Form.$Properties|null);

            /** Block tabContainer */
            tabContainer?: (sluice.Block.TabContainer.$Properties|null);

            /** Block tab */
            tab?: (sluice.Block.Tab.$Properties|null);

            /** Block popover */
            popover?: (sluice.Block.Popover.$Properties|null);

            /** Block dialog */
            dialog?: (sluice.Block.Dialog.$Properties|null);

            /** Block allowEmpty */
            allowEmpty?: (boolean|null);

            /** Block type */
            type?: ("vertical"|"chatMessage"|"horizontal"|"column"|"expandable"|"form"|"tabContainer"|"tab"|"popover"|"dialog");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Block. */
        type $Shape = {
          vertical?: sluice.Block.Vertical.$Shape|null;
          chatMessage?: sluice.Block.ChatMessage.$Shape|null;
          horizontal?: sluice.Block.Horizontal.$Shape|null;
          column?: sluice.Block.Column.$Shape|null;
          expandable?: sluice.Block.Expandable.$Shape|null;
          form?: sluice.Block.Form.$Shape|null;
          tabContainer?: sluice.Block.TabContainer.$Shape|null;
          tab?: sluice.Block.Tab.$Shape|null;
          popover?: sluice.Block.Popover.$Shape|null;
          dialog?: sluice.Block.Dialog.$Shape|null;
          allowEmpty?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ type?: undefined; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "vertical"; vertical: sluice.Block.Vertical.$Shape; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "chatMessage"; vertical?: null; chatMessage: sluice.Block.ChatMessage.$Shape; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "horizontal"; vertical?: null; chatMessage?: null; horizontal: sluice.Block.Horizontal.$Shape; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "column"; vertical?: null; chatMessage?: null; horizontal?: null; column: sluice.Block.Column.$Shape; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "expandable"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable: sluice.Block.Expandable.$Shape; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "form"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form: sluice.Block.Form.$Shape; tabContainer?: null; tab?: null; popover?: null; dialog?: null }|{ type?: "tabContainer"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer: sluice.Block.TabContainer.$Shape; tab?: null; popover?: null; dialog?: null }|{ type?: "tab"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab: sluice.Block.Tab.$Shape; popover?: null; dialog?: null }|{ type?: "popover"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover: sluice.Block.Popover.$Shape; dialog?: null }|{ type?: "dialog"; vertical?: null; chatMessage?: null; horizontal?: null; column?: null; expandable?: null; form?: null; tabContainer?: null; tab?: null; popover?: null; dialog: sluice.Block.Dialog.$Shape })
        );

        /**
         * Properties of a Vertical.
         * @deprecated Use sluice.Block.Vertical.$Properties instead.
         */
        interface IVertical extends sluice.Block.Vertical.$Properties {
        }

        /** Represents a Vertical. */
        class Vertical {

            /**
             * Constructs a new Vertical.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Vertical.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Vertical border. */
            border: boolean;

            /** Vertical height. */
            height: number;

            /** Vertical key. */
            key: string;

            /** Vertical horizontal. */
            horizontal: boolean;

            /** Vertical gap. */
            gap: string;

            /** Vertical runEveryMs. */
            runEveryMs: number;

            /**
             * Creates a new Vertical instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Vertical instance
             */
            static create(properties: sluice.Block.Vertical.$Shape): sluice.Block.Vertical & sluice.Block.Vertical.$Shape;
            static create(properties?: sluice.Block.Vertical.$Properties): sluice.Block.Vertical;

            /**
             * Encodes the specified Vertical message. Does not implicitly {@link sluice.Block.Vertical.verify|verify} messages.
             * @param message Vertical message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Vertical.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Vertical message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Vertical & sluice.Block.Vertical.$Shape} Vertical
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Vertical & sluice.Block.Vertical.$Shape;
        }

        namespace Vertical {

            /** Properties of a Vertical. */
            interface $Properties {

                /** Vertical border */
                border?: (boolean|null);

                /** Vertical height */
                height?: (number|null);

                /** Vertical key */
                key?: (string|null);

                /** Vertical horizontal */
                horizontal?: (boolean|null);

                /** Vertical gap */
                gap?: (string|null);

                /** Vertical runEveryMs */
                runEveryMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Vertical. */
            type $Shape = sluice.Block.Vertical.$Properties;
        }

        /**
         * Properties of a Horizontal.
         * @deprecated Use sluice.Block.Horizontal.$Properties instead.
         */
        interface IHorizontal extends sluice.Block.Horizontal.$Properties {
        }

        /** Represents a Horizontal. */
        class Horizontal {

            /**
             * Constructs a new Horizontal.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Horizontal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Horizontal gap. */
            gap: string;

            /**
             * Creates a new Horizontal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Horizontal instance
             */
            static create(properties: sluice.Block.Horizontal.$Shape): sluice.Block.Horizontal & sluice.Block.Horizontal.$Shape;
            static create(properties?: sluice.Block.Horizontal.$Properties): sluice.Block.Horizontal;

            /**
             * Encodes the specified Horizontal message. Does not implicitly {@link sluice.Block.Horizontal.verify|verify} messages.
             * @param message Horizontal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Horizontal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Horizontal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Horizontal & sluice.Block.Horizontal.$Shape} Horizontal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Horizontal & sluice.Block.Horizontal.$Shape;
        }

        namespace Horizontal {

            /** Properties of a Horizontal. */
            interface $Properties {

                /** Horizontal gap */
                gap?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Horizontal. */
            type $Shape = sluice.Block.Horizontal.$Properties;
        }

        /**
         * Properties of a ChatMessage.
         * @deprecated Use sluice.Block.ChatMessage.$Properties instead.
         */
        interface IChatMessage extends sluice.Block.ChatMessage.$Properties {
        }

        /** Represents a ChatMessage. */
        class ChatMessage {

            /**
             * Constructs a new ChatMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.ChatMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatMessage name. */
            name: string;

            /** ChatMessage avatar. */
            avatar: string;

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatMessage instance
             */
            static create(properties: sluice.Block.ChatMessage.$Shape): sluice.Block.ChatMessage & sluice.Block.ChatMessage.$Shape;
            static create(properties?: sluice.Block.ChatMessage.$Properties): sluice.Block.ChatMessage;

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link sluice.Block.ChatMessage.verify|verify} messages.
             * @param message ChatMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.ChatMessage & sluice.Block.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.ChatMessage & sluice.Block.ChatMessage.$Shape;
        }

        namespace ChatMessage {

            /** Properties of a ChatMessage. */
            interface $Properties {

                /** ChatMessage name */
                name?: (string|null);

                /** ChatMessage avatar */
                avatar?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatMessage. */
            type $Shape = sluice.Block.ChatMessage.$Properties;
        }

        /**
         * Properties of a Column.
         * @deprecated Use sluice.Block.Column.$Properties instead.
         */
        interface IColumn extends sluice.Block.Column.$Properties {
        }

        /** Represents a Column. */
        class Column {

            /**
             * Constructs a new Column.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Column.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Column weight. */
            weight: number;

            /** Column gap. */
            gap: string;

            /** Column verticalAlignment. */
            verticalAlignment: sluice.Block.Column.VerticalAlignment;

            /** Column border. */
            border: boolean;

            /**
             * Creates a new Column instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Column instance
             */
            static create(properties: sluice.Block.Column.$Shape): sluice.Block.Column & sluice.Block.Column.$Shape;
            static create(properties?: sluice.Block.Column.$Properties): sluice.Block.Column;

            /**
             * Encodes the specified Column message. Does not implicitly {@link sluice.Block.Column.verify|verify} messages.
             * @param message Column message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Column.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Column message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Column & sluice.Block.Column.$Shape} Column
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Column & sluice.Block.Column.$Shape;
        }

        namespace Column {

            /** Properties of a Column. */
            interface $Properties {

                /** Column weight */
                weight?: (number|null);

                /** Column gap */
                gap?: (string|null);

                /** Column verticalAlignment */
                verticalAlignment?: (sluice.Block.Column.VerticalAlignment|null);

                /** Column border */
                border?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Column. */
            type $Shape = sluice.Block.Column.$Properties;

            /** VerticalAlignment enum. */
            enum VerticalAlignment {

                /** TOP value */
                TOP = 0,

                /** CENTER value */
                CENTER = 1,

                /** BOTTOM value */
                BOTTOM = 2
            }
        }

        /**
         * Properties of an Expandable.
         * @deprecated Use sluice.Block.Expandable.$Properties instead.
         */
        interface IExpandable extends sluice.Block.Expandable.$Properties {
        }

        /** Represents an Expandable. */
        class Expandable {

            /**
             * Constructs a new Expandable.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Expandable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Expandable label. */
            label: string;

            /** Expandable expanded. */
            expanded: boolean;

            /** Expandable icon. */
            icon: string;

            /** Expandable state. */
            state: string;

            /**
             * Creates a new Expandable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Expandable instance
             */
            static create(properties: sluice.Block.Expandable.$Shape): sluice.Block.Expandable & sluice.Block.Expandable.$Shape;
            static create(properties?: sluice.Block.Expandable.$Properties): sluice.Block.Expandable;

            /**
             * Encodes the specified Expandable message. Does not implicitly {@link sluice.Block.Expandable.verify|verify} messages.
             * @param message Expandable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Expandable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Expandable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Expandable & sluice.Block.Expandable.$Shape} Expandable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Expandable & sluice.Block.Expandable.$Shape;
        }

        namespace Expandable {

            /** Properties of an Expandable. */
            interface $Properties {

                /** Expandable label */
                label?: (string|null);

                /** Expandable expanded */
                expanded?: (boolean|null);

                /** Expandable icon */
                icon?: (string|null);

                /** Expandable state */
                state?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Expandable. */
            type $Shape = sluice.Block.Expandable.$Properties;
        }

        /**
         * Properties of a TabContainer.
         * @deprecated Use sluice.Block.TabContainer.$Properties instead.
         */
        interface ITabContainer extends sluice.Block.TabContainer.$Properties {
        }

        /** Represents a TabContainer. */
        class TabContainer {

            /**
             * Constructs a new TabContainer.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.TabContainer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TabContainer labels. */
            labels: string[];

            /** TabContainer defaultIndex. */
            defaultIndex: number;

            /** TabContainer key. */
            key: string;

            /**
             * Creates a new TabContainer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TabContainer instance
             */
            static create(properties: sluice.Block.TabContainer.$Shape): sluice.Block.TabContainer & sluice.Block.TabContainer.$Shape;
            static create(properties?: sluice.Block.TabContainer.$Properties): sluice.Block.TabContainer;

            /**
             * Encodes the specified TabContainer message. Does not implicitly {@link sluice.Block.TabContainer.verify|verify} messages.
             * @param message TabContainer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.TabContainer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TabContainer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.TabContainer & sluice.Block.TabContainer.$Shape} TabContainer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.TabContainer & sluice.Block.TabContainer.$Shape;
        }

        namespace TabContainer {

            /** Properties of a TabContainer. */
            interface $Properties {

                /** TabContainer labels */
                labels?: (string[]|null);

                /** TabContainer defaultIndex */
                defaultIndex?: (number|null);

                /** TabContainer key */
                key?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TabContainer. */
            type $Shape = sluice.Block.TabContainer.$Properties;
        }

        /**
         * Properties of a Tab.
         * @deprecated Use sluice.Block.Tab.$Properties instead.
         */
        interface ITab extends sluice.Block.Tab.$Properties {
        }

        /** Represents a Tab. */
        class Tab {

            /**
             * Constructs a new Tab.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Tab.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tab label. */
            label: string;

            /** Tab selected. */
            selected: boolean;

            /**
             * Creates a new Tab instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tab instance
             */
            static create(properties: sluice.Block.Tab.$Shape): sluice.Block.Tab & sluice.Block.Tab.$Shape;
            static create(properties?: sluice.Block.Tab.$Properties): sluice.Block.Tab;

            /**
             * Encodes the specified Tab message. Does not implicitly {@link sluice.Block.Tab.verify|verify} messages.
             * @param message Tab message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Tab.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tab message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Tab & sluice.Block.Tab.$Shape} Tab
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Tab & sluice.Block.Tab.$Shape;
        }

        namespace Tab {

            /** Properties of a Tab. */
            interface $Properties {

                /** Tab label */
                label?: (string|null);

                /** Tab selected */
                selected?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tab. */
            type $Shape = sluice.Block.Tab.$Properties;
        }

        /**
         * Properties of a Popover.
         * @deprecated Use sluice.Block.Popover.$Properties instead.
         */
        interface IPopover extends sluice.Block.Popover.$Properties {
        }

        /** Represents a Popover. */
        class Popover {

            /**
             * Constructs a new Popover.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Popover.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Popover label. */
            label: string;

            /** Popover icon. */
            icon: string;

            /** Popover disabled. */
            disabled: boolean;

            /** Popover useContainerWidth. */
            useContainerWidth: boolean;

            /** Popover help. */
            help: string;

            /**
             * Creates a new Popover instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Popover instance
             */
            static create(properties: sluice.Block.Popover.$Shape): sluice.Block.Popover & sluice.Block.Popover.$Shape;
            static create(properties?: sluice.Block.Popover.$Properties): sluice.Block.Popover;

            /**
             * Encodes the specified Popover message. Does not implicitly {@link sluice.Block.Popover.verify|verify} messages.
             * @param message Popover message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Popover.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Popover message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Popover & sluice.Block.Popover.$Shape} Popover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Popover & sluice.Block.Popover.$Shape;
        }

        namespace Popover {

            /** Properties of a Popover. */
            interface $Properties {

                /** Popover label */
                label?: (string|null);

                /** Popover icon */
                icon?: (string|null);

                /** Popover disabled */
                disabled?: (boolean|null);

                /** Popover useContainerWidth */
                useContainerWidth?: (boolean|null);

                /** Popover help */
                help?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Popover. */
            type $Shape = sluice.Block.Popover.$Properties;
        }

        /**
         * Properties of a Form.
         * @deprecated Use sluice.Block.Form.$Properties instead.
         */
        interface IForm extends sluice.Block.Form.$Properties {
        }

        /** Represents a Form. */
        class Form {

            /**
             * Constructs a new Form.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Form.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Form formId. */
            formId: string;

            /** Form clearOnSubmit. */
            clearOnSubmit: boolean;

            /** Form border. */
            border: boolean;

            /** Form enterToSubmit. */
            enterToSubmit: boolean;

            /** Form height. */
            height: number;

            /**
             * Creates a new Form instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Form instance
             */
            static create(properties: sluice.Block.Form.$Shape): sluice.Block.Form & sluice.Block.Form.$Shape;
            static create(properties?: sluice.Block.Form.$Properties): sluice.Block.Form;

            /**
             * Encodes the specified Form message. Does not implicitly {@link sluice.Block.Form.verify|verify} messages.
             * @param message Form message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Form.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Form message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Form & sluice.Block.Form.$Shape} Form
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Form & sluice.Block.Form.$Shape;
        }

        namespace Form {

            /** Properties of a Form. */
            interface $Properties {

                /** Form formId */
                formId?: (string|null);

                /** Form clearOnSubmit */
                clearOnSubmit?: (boolean|null);

                /** Form border */
                border?: (boolean|null);

                /** Form enterToSubmit */
                enterToSubmit?: (boolean|null);

                /** Form height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Form. */
            type $Shape = sluice.Block.Form.$Properties;
        }

        /**
         * Properties of a Dialog.
         * @deprecated Use sluice.Block.Dialog.$Properties instead.
         */
        interface IDialog extends sluice.Block.Dialog.$Properties {
        }

        /** Represents a Dialog. */
        class Dialog {

            /**
             * Constructs a new Dialog.
             * @param [properties] Properties to set
             */
            constructor(properties?: sluice.Block.Dialog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dialog title. */
            title: string;

            /** Dialog dismissible. */
            dismissible: boolean;

            /** Dialog width. */
            width: string;

            /** Dialog isOpen. */
            isOpen: boolean;

            /** Dialog closeId. */
            closeId: string;

            /**
             * Creates a new Dialog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dialog instance
             */
            static create(properties: sluice.Block.Dialog.$Shape): sluice.Block.Dialog & sluice.Block.Dialog.$Shape;
            static create(properties?: sluice.Block.Dialog.$Properties): sluice.Block.Dialog;

            /**
             * Encodes the specified Dialog message. Does not implicitly {@link sluice.Block.Dialog.verify|verify} messages.
             * @param message Dialog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sluice.Block.Dialog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dialog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sluice.Block.Dialog & sluice.Block.Dialog.$Shape} Dialog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Block.Dialog & sluice.Block.Dialog.$Shape;
        }

        namespace Dialog {

            /** Properties of a Dialog. */
            interface $Properties {

                /** Dialog title */
                title?: (string|null);

                /** Dialog dismissible */
                dismissible?: (boolean|null);

                /** Dialog width */
                width?: (string|null);

                /** Dialog isOpen */
                isOpen?: (boolean|null);

                /** Dialog closeId */
                closeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dialog. */
            type $Shape = sluice.Block.Dialog.$Properties;
        }
    }

    /**
     * Properties of a NewSession.
     * @deprecated Use sluice.NewSession.$Properties instead.
     */
    interface INewSession extends sluice.NewSession.$Properties {
    }

    /** Represents a NewSession. */
    class NewSession {

        /**
         * Constructs a new NewSession.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.NewSession.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NewSession scriptRunId. */
        scriptRunId: string;

        /** NewSession name. */
        name: string;

        /** NewSession mainScriptPath. */
        mainScriptPath: string;

        /** NewSession pageScriptHash. */
        pageScriptHash: string;

        /** NewSession fragmentIdsThisRun. */
        fragmentIdsThisRun: string[];

        /** NewSession mainScriptHash. */
        mainScriptHash: string;

        /** NewSession sessionId. */
        sessionId: string;

        /**
         * Creates a new NewSession instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NewSession instance
         */
        static create(properties: sluice.NewSession.$Shape): sluice.NewSession & sluice.NewSession.$Shape;
        static create(properties?: sluice.NewSession.$Properties): sluice.NewSession;

        /**
         * Encodes the specified NewSession message. Does not implicitly {@link sluice.NewSession.verify|verify} messages.
         * @param message NewSession message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.NewSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NewSession message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.NewSession & sluice.NewSession.$Shape} NewSession
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.NewSession & sluice.NewSession.$Shape;
    }

    namespace NewSession {

        /** Properties of a NewSession. */
        interface $Properties {

            /** NewSession scriptRunId */
            scriptRunId?: (string|null);

            /** NewSession name */
            name?: (string|null);

            /** NewSession mainScriptPath */
            mainScriptPath?: (string|null);

            /** NewSession pageScriptHash */
            pageScriptHash?: (string|null);

            /** NewSession fragmentIdsThisRun */
            fragmentIdsThisRun?: (string[]|null);

            /** NewSession mainScriptHash */
            mainScriptHash?: (string|null);

            /** NewSession sessionId */
            sessionId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NewSession. */
        type $Shape = sluice.NewSession.$Properties;
    }

    /**
     * Properties of a SessionStatus.
     * @deprecated Use sluice.SessionStatus.$Properties instead.
     */
    interface ISessionStatus extends sluice.SessionStatus.$Properties {
    }

    /** Represents a SessionStatus. */
    class SessionStatus {

        /**
         * Constructs a new SessionStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.SessionStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionStatus runOnSave. */
        runOnSave: boolean;

        /** SessionStatus scriptIsRunning. */
        scriptIsRunning: boolean;

        /**
         * Creates a new SessionStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionStatus instance
         */
        static create(properties: sluice.SessionStatus.$Shape): sluice.SessionStatus & sluice.SessionStatus.$Shape;
        static create(properties?: sluice.SessionStatus.$Properties): sluice.SessionStatus;

        /**
         * Encodes the specified SessionStatus message. Does not implicitly {@link sluice.SessionStatus.verify|verify} messages.
         * @param message SessionStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.SessionStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.SessionStatus & sluice.SessionStatus.$Shape} SessionStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.SessionStatus & sluice.SessionStatus.$Shape;
    }

    namespace SessionStatus {

        /** Properties of a SessionStatus. */
        interface $Properties {

            /** SessionStatus runOnSave */
            runOnSave?: (boolean|null);

            /** SessionStatus scriptIsRunning */
            scriptIsRunning?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionStatus. */
        type $Shape = sluice.SessionStatus.$Properties;
    }

    /**
     * Properties of a PageConfig.
     * @deprecated Use sluice.PageConfig.$Properties instead.
     */
    interface IPageConfig extends sluice.PageConfig.$Properties {
    }

    /** Represents a PageConfig. */
    class PageConfig {

        /**
         * Constructs a new PageConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.PageConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageConfig title. */
        title: string;

        /** PageConfig favicon. */
        favicon: string;

        /** PageConfig layout. */
        layout: sluice.PageConfig.Layout;

        /** PageConfig initialSidebarState. */
        initialSidebarState: sluice.PageConfig.SidebarState;

        /**
         * Creates a new PageConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageConfig instance
         */
        static create(properties: sluice.PageConfig.$Shape): sluice.PageConfig & sluice.PageConfig.$Shape;
        static create(properties?: sluice.PageConfig.$Properties): sluice.PageConfig;

        /**
         * Encodes the specified PageConfig message. Does not implicitly {@link sluice.PageConfig.verify|verify} messages.
         * @param message PageConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.PageConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.PageConfig & sluice.PageConfig.$Shape} PageConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.PageConfig & sluice.PageConfig.$Shape;
    }

    namespace PageConfig {

        /** Properties of a PageConfig. */
        interface $Properties {

            /** PageConfig title */
            title?: (string|null);

            /** PageConfig favicon */
            favicon?: (string|null);

            /** PageConfig layout */
            layout?: (sluice.PageConfig.Layout|null);

            /** PageConfig initialSidebarState */
            initialSidebarState?: (sluice.PageConfig.SidebarState|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageConfig. */
        type $Shape = sluice.PageConfig.$Properties;

        /** Layout enum. */
        enum Layout {

            /** CENTERED value */
            CENTERED = 0,

            /** WIDE value */
            WIDE = 1,

            /** LAYOUT_UNSET value */
            LAYOUT_UNSET = 2
        }

        /** SidebarState enum. */
        enum SidebarState {

            /** AUTO value */
            AUTO = 0,

            /** EXPANDED value */
            EXPANDED = 1,

            /** COLLAPSED value */
            COLLAPSED = 2,

            /** SIDEBAR_UNSET value */
            SIDEBAR_UNSET = 3
        }
    }

    /**
     * Properties of a PageInfo.
     * @deprecated Use sluice.PageInfo.$Properties instead.
     */
    interface IPageInfo extends sluice.PageInfo.$Properties {
    }

    /** Represents a PageInfo. */
    class PageInfo {

        /**
         * Constructs a new PageInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.PageInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageInfo queryString. */
        queryString: string;

        /**
         * Creates a new PageInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageInfo instance
         */
        static create(properties: sluice.PageInfo.$Shape): sluice.PageInfo & sluice.PageInfo.$Shape;
        static create(properties?: sluice.PageInfo.$Properties): sluice.PageInfo;

        /**
         * Encodes the specified PageInfo message. Does not implicitly {@link sluice.PageInfo.verify|verify} messages.
         * @param message PageInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.PageInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.PageInfo & sluice.PageInfo.$Shape} PageInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.PageInfo & sluice.PageInfo.$Shape;
    }

    namespace PageInfo {

        /** Properties of a PageInfo. */
        interface $Properties {

            /** PageInfo queryString */
            queryString?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageInfo. */
        type $Shape = sluice.PageInfo.$Properties;
    }

    /**
     * Properties of a Navigation.
     * @deprecated Use sluice.Navigation.$Properties instead.
     */
    interface INavigation extends sluice.Navigation.$Properties {
    }

    /** Represents a Navigation. */
    class Navigation {

        /**
         * Constructs a new Navigation.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.Navigation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Navigation sections. */
        sections: string[];

        /** Navigation appPages. */
        appPages: sluice.AppPage.$Properties[];

        /** Navigation position. */
        position: sluice.Navigation.Position;

        /** Navigation pageScriptHash. */
        pageScriptHash: string;

        /** Navigation expanded. */
        expanded: boolean;

        /**
         * Creates a new Navigation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Navigation instance
         */
        static create(properties: sluice.Navigation.$Shape): sluice.Navigation & sluice.Navigation.$Shape;
        static create(properties?: sluice.Navigation.$Properties): sluice.Navigation;

        /**
         * Encodes the specified Navigation message. Does not implicitly {@link sluice.Navigation.verify|verify} messages.
         * @param message Navigation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.Navigation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Navigation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.Navigation & sluice.Navigation.$Shape} Navigation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.Navigation & sluice.Navigation.$Shape;
    }

    namespace Navigation {

        /** Properties of a Navigation. */
        interface $Properties {

            /** Navigation sections */
            sections?: (string[]|null);

            /** Navigation appPages */
            appPages?: (sluice.AppPage.$Properties[]|null);

            /** Navigation position */
            position?: (sluice.Navigation.Position|null);

            /** Navigation pageScriptHash */
            pageScriptHash?: (string|null);

            /** Navigation expanded */
            expanded?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Navigation. */
        type $Shape = sluice.Navigation.$Properties;

        /** Position enum. */
        enum Position {

            /** HIDDEN value */
            HIDDEN = 0,

            /** SIDEBAR value */
            SIDEBAR = 1,

            /** TOP value */
            TOP = 2
        }
    }

    /**
     * Properties of an AppPage.
     * @deprecated Use sluice.AppPage.$Properties instead.
     */
    interface IAppPage extends sluice.AppPage.$Properties {
    }

    /** Represents an AppPage. */
    class AppPage {

        /**
         * Constructs a new AppPage.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.AppPage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppPage pageScriptHash. */
        pageScriptHash: string;

        /** AppPage pageName. */
        pageName: string;

        /** AppPage icon. */
        icon: string;

        /** AppPage isDefault. */
        isDefault: boolean;

        /** AppPage sectionHeader. */
        sectionHeader: string;

        /** AppPage urlPathname. */
        urlPathname: string;

        /**
         * Creates a new AppPage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AppPage instance
         */
        static create(properties: sluice.AppPage.$Shape): sluice.AppPage & sluice.AppPage.$Shape;
        static create(properties?: sluice.AppPage.$Properties): sluice.AppPage;

        /**
         * Encodes the specified AppPage message. Does not implicitly {@link sluice.AppPage.verify|verify} messages.
         * @param message AppPage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.AppPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppPage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.AppPage & sluice.AppPage.$Shape} AppPage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.AppPage & sluice.AppPage.$Shape;
    }

    namespace AppPage {

        /** Properties of an AppPage. */
        interface $Properties {

            /** AppPage pageScriptHash */
            pageScriptHash?: (string|null);

            /** AppPage pageName */
            pageName?: (string|null);

            /** AppPage icon */
            icon?: (string|null);

            /** AppPage isDefault */
            isDefault?: (boolean|null);

            /** AppPage sectionHeader */
            sectionHeader?: (string|null);

            /** AppPage urlPathname */
            urlPathname?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppPage. */
        type $Shape = sluice.AppPage.$Properties;
    }

    /**
     * Properties of a PageNotFound.
     * @deprecated Use sluice.PageNotFound.$Properties instead.
     */
    interface IPageNotFound extends sluice.PageNotFound.$Properties {
    }

    /** Represents a PageNotFound. */
    class PageNotFound {

        /**
         * Constructs a new PageNotFound.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.PageNotFound.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageNotFound pageName. */
        pageName: string;

        /**
         * Creates a new PageNotFound instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageNotFound instance
         */
        static create(properties: sluice.PageNotFound.$Shape): sluice.PageNotFound & sluice.PageNotFound.$Shape;
        static create(properties?: sluice.PageNotFound.$Properties): sluice.PageNotFound;

        /**
         * Encodes the specified PageNotFound message. Does not implicitly {@link sluice.PageNotFound.verify|verify} messages.
         * @param message PageNotFound message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.PageNotFound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageNotFound message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.PageNotFound & sluice.PageNotFound.$Shape} PageNotFound
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.PageNotFound & sluice.PageNotFound.$Shape;
    }

    namespace PageNotFound {

        /** Properties of a PageNotFound. */
        interface $Properties {

            /** PageNotFound pageName */
            pageName?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageNotFound. */
        type $Shape = sluice.PageNotFound.$Properties;
    }

    /**
     * Properties of a BackMsg.
     * @deprecated Use sluice.BackMsg.$Properties instead.
     */
    interface IBackMsg extends sluice.BackMsg.$Properties {
    }

    /** Represents a BackMsg. */
    class BackMsg {

        /**
         * Constructs a new BackMsg.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.BackMsg.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BackMsg rerunScript. */
        rerunScript?: (sluice.ClientState.$Properties|null);

        /** BackMsg stopScript. */
        stopScript?: (boolean|null);

        /** BackMsg clearCache. */
        clearCache?: (boolean|null);

        /** BackMsg appHeartbeat. */
        appHeartbeat?: (boolean|null);

        /** BackMsg type. */
        type?: ("rerunScript"|"stopScript"|"clearCache"|"appHeartbeat");

        /**
         * Creates a new BackMsg instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BackMsg instance
         */
        static create(properties: sluice.BackMsg.$Shape): sluice.BackMsg & sluice.BackMsg.$Shape;
        static create(properties?: sluice.BackMsg.$Properties): sluice.BackMsg;

        /**
         * Encodes the specified BackMsg message. Does not implicitly {@link sluice.BackMsg.verify|verify} messages.
         * @param message BackMsg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.BackMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BackMsg message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.BackMsg & sluice.BackMsg.$Shape} BackMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.BackMsg & sluice.BackMsg.$Shape;
    }

    namespace BackMsg {

        /** Properties of a BackMsg. */
        interface $Properties {

            /** BackMsg rerunScript */
            rerunScript?: (sluice.ClientState.$Properties|null);

            /** BackMsg stopScript */
            stopScript?: (boolean|null);

            /** BackMsg clearCache */
            clearCache?: (boolean|null);

            /** BackMsg appHeartbeat */
            appHeartbeat?: (boolean|null);

            /** BackMsg type */
            type?: ("rerunScript"|"stopScript"|"clearCache"|"appHeartbeat");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a BackMsg. */
        type $Shape = {
          rerunScript?: sluice.ClientState.$Shape|null;
          stopScript?: boolean|null;
          clearCache?: boolean|null;
          appHeartbeat?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ type?: undefined; rerunScript?: null; stopScript?: null; clearCache?: null; appHeartbeat?: null }|{ type?: "rerunScript"; rerunScript: sluice.ClientState.$Shape; stopScript?: null; clearCache?: null; appHeartbeat?: null }|{ type?: "stopScript"; rerunScript?: null; stopScript: boolean; clearCache?: null; appHeartbeat?: null }|{ type?: "clearCache"; rerunScript?: null; stopScript?: null; clearCache: boolean; appHeartbeat?: null }|{ type?: "appHeartbeat"; rerunScript?: null; stopScript?: null; clearCache?: null; appHeartbeat: boolean })
        );
    }

    /**
     * Properties of a ClientState.
     * @deprecated Use sluice.ClientState.$Properties instead.
     */
    interface IClientState extends sluice.ClientState.$Properties {
    }

    /** Represents a ClientState. */
    class ClientState {

        /**
         * Constructs a new ClientState.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ClientState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientState queryString. */
        queryString: string;

        /** ClientState widgetStates. */
        widgetStates?: (sluice.WidgetStates.$Properties|null);

        /** ClientState pageScriptHash. */
        pageScriptHash: string;

        /** ClientState pageName. */
        pageName: string;

        /** ClientState fragmentId. */
        fragmentId: string;

        /** ClientState isAutoRerun. */
        isAutoRerun: boolean;

        /** ClientState widgetErrors. */
        widgetErrors: sluice.WidgetError.$Properties[];

        /** ClientState contextInfo. */
        contextInfo?: (sluice.ContextInfo.$Properties|null);

        /**
         * Creates a new ClientState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientState instance
         */
        static create(properties: sluice.ClientState.$Shape): sluice.ClientState & sluice.ClientState.$Shape;
        static create(properties?: sluice.ClientState.$Properties): sluice.ClientState;

        /**
         * Encodes the specified ClientState message. Does not implicitly {@link sluice.ClientState.verify|verify} messages.
         * @param message ClientState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ClientState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ClientState & sluice.ClientState.$Shape} ClientState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ClientState & sluice.ClientState.$Shape;
    }

    namespace ClientState {

        /** Properties of a ClientState. */
        interface $Properties {

            /** ClientState queryString */
            queryString?: (string|null);

            /** ClientState widgetStates */
            widgetStates?: (sluice.WidgetStates.$Properties|null);

            /** ClientState pageScriptHash */
            pageScriptHash?: (string|null);

            /** ClientState pageName */
            pageName?: (string|null);

            /** ClientState fragmentId */
            fragmentId?: (string|null);

            /** ClientState isAutoRerun */
            isAutoRerun?: (boolean|null);

            /** ClientState widgetErrors */
            widgetErrors?: (sluice.WidgetError.$Properties[]|null);

            /** ClientState contextInfo */
            contextInfo?: (sluice.ContextInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClientState. */
        type $Shape = {
          queryString?: string|null;
          widgetStates?: sluice.WidgetStates.$Shape|null;
          pageScriptHash?: string|null;
          pageName?: string|null;
          fragmentId?: string|null;
          isAutoRerun?: boolean|null;
          widgetErrors?: sluice.WidgetError.$Shape[]|null;
          contextInfo?: sluice.ContextInfo.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ContextInfo.
     * @deprecated Use sluice.ContextInfo.$Properties instead.
     */
    interface IContextInfo extends sluice.ContextInfo.$Properties {
    }

    /** Represents a ContextInfo. */
    class ContextInfo {

        /**
         * Constructs a new ContextInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.ContextInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContextInfo timezone. */
        timezone: string;

        /** ContextInfo timezoneOffset. */
        timezoneOffset?: (number|null);

        /** ContextInfo locale. */
        locale: string;

        /** ContextInfo url. */
        url: string;

        /** ContextInfo isEmbedded. */
        isEmbedded: boolean;

        /** ContextInfo colorScheme. */
        colorScheme: string;

        /**
         * Creates a new ContextInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContextInfo instance
         */
        static create(properties: sluice.ContextInfo.$Shape): sluice.ContextInfo & sluice.ContextInfo.$Shape;
        static create(properties?: sluice.ContextInfo.$Properties): sluice.ContextInfo;

        /**
         * Encodes the specified ContextInfo message. Does not implicitly {@link sluice.ContextInfo.verify|verify} messages.
         * @param message ContextInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.ContextInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContextInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.ContextInfo & sluice.ContextInfo.$Shape} ContextInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.ContextInfo & sluice.ContextInfo.$Shape;
    }

    namespace ContextInfo {

        /** Properties of a ContextInfo. */
        interface $Properties {

            /** ContextInfo timezone */
            timezone?: (string|null);

            /** ContextInfo timezoneOffset */
            timezoneOffset?: (number|null);

            /** ContextInfo locale */
            locale?: (string|null);

            /** ContextInfo url */
            url?: (string|null);

            /** ContextInfo isEmbedded */
            isEmbedded?: (boolean|null);

            /** ContextInfo colorScheme */
            colorScheme?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContextInfo. */
        type $Shape = sluice.ContextInfo.$Properties;
    }

    /**
     * Properties of a WidgetError.
     * @deprecated Use sluice.WidgetError.$Properties instead.
     */
    interface IWidgetError extends sluice.WidgetError.$Properties {
    }

    /** Represents a WidgetError. */
    class WidgetError {

        /**
         * Constructs a new WidgetError.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.WidgetError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WidgetError id. */
        id: string;

        /** WidgetError message. */
        message: string;

        /** WidgetError hint. */
        hint: string;

        /** WidgetError entered. */
        entered: string[];

        /**
         * Creates a new WidgetError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WidgetError instance
         */
        static create(properties: sluice.WidgetError.$Shape): sluice.WidgetError & sluice.WidgetError.$Shape;
        static create(properties?: sluice.WidgetError.$Properties): sluice.WidgetError;

        /**
         * Encodes the specified WidgetError message. Does not implicitly {@link sluice.WidgetError.verify|verify} messages.
         * @param message WidgetError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.WidgetError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WidgetError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.WidgetError & sluice.WidgetError.$Shape} WidgetError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.WidgetError & sluice.WidgetError.$Shape;
    }

    namespace WidgetError {

        /** Properties of a WidgetError. */
        interface $Properties {

            /** WidgetError id */
            id?: (string|null);

            /** WidgetError message */
            message?: (string|null);

            /** WidgetError hint */
            hint?: (string|null);

            /** WidgetError entered */
            entered?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WidgetError. */
        type $Shape = sluice.WidgetError.$Properties;
    }

    /**
     * Properties of a WidgetStates.
     * @deprecated Use sluice.WidgetStates.$Properties instead.
     */
    interface IWidgetStates extends sluice.WidgetStates.$Properties {
    }

    /** Represents a WidgetStates. */
    class WidgetStates {

        /**
         * Constructs a new WidgetStates.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.WidgetStates.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WidgetStates widgets. */
        widgets: sluice.WidgetState.$Properties[];

        /**
         * Creates a new WidgetStates instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WidgetStates instance
         */
        static create(properties: sluice.WidgetStates.$Shape): sluice.WidgetStates & sluice.WidgetStates.$Shape;
        static create(properties?: sluice.WidgetStates.$Properties): sluice.WidgetStates;

        /**
         * Encodes the specified WidgetStates message. Does not implicitly {@link sluice.WidgetStates.verify|verify} messages.
         * @param message WidgetStates message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.WidgetStates.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WidgetStates message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.WidgetStates & sluice.WidgetStates.$Shape} WidgetStates
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.WidgetStates & sluice.WidgetStates.$Shape;
    }

    namespace WidgetStates {

        /** Properties of a WidgetStates. */
        interface $Properties {

            /** WidgetStates widgets */
            widgets?: (sluice.WidgetState.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WidgetStates. */
        type $Shape = {
          widgets?: sluice.WidgetState.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a DoubleArray.
     * @deprecated Use sluice.DoubleArray.$Properties instead.
     */
    interface IDoubleArray extends sluice.DoubleArray.$Properties {
    }

    /** Represents a DoubleArray. */
    class DoubleArray {

        /**
         * Constructs a new DoubleArray.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.DoubleArray.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DoubleArray data. */
        data: number[];

        /**
         * Creates a new DoubleArray instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DoubleArray instance
         */
        static create(properties: sluice.DoubleArray.$Shape): sluice.DoubleArray & sluice.DoubleArray.$Shape;
        static create(properties?: sluice.DoubleArray.$Properties): sluice.DoubleArray;

        /**
         * Encodes the specified DoubleArray message. Does not implicitly {@link sluice.DoubleArray.verify|verify} messages.
         * @param message DoubleArray message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.DoubleArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DoubleArray message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.DoubleArray & sluice.DoubleArray.$Shape} DoubleArray
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.DoubleArray & sluice.DoubleArray.$Shape;
    }

    namespace DoubleArray {

        /** Properties of a DoubleArray. */
        interface $Properties {

            /** DoubleArray data */
            data?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DoubleArray. */
        type $Shape = sluice.DoubleArray.$Properties;
    }

    /**
     * Properties of a SInt64Array.
     * @deprecated Use sluice.SInt64Array.$Properties instead.
     */
    interface ISInt64Array extends sluice.SInt64Array.$Properties {
    }

    /** Represents a SInt64Array. */
    class SInt64Array {

        /**
         * Constructs a new SInt64Array.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.SInt64Array.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SInt64Array data. */
        data: (number|Long)[];

        /**
         * Creates a new SInt64Array instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SInt64Array instance
         */
        static create(properties: sluice.SInt64Array.$Shape): sluice.SInt64Array & sluice.SInt64Array.$Shape;
        static create(properties?: sluice.SInt64Array.$Properties): sluice.SInt64Array;

        /**
         * Encodes the specified SInt64Array message. Does not implicitly {@link sluice.SInt64Array.verify|verify} messages.
         * @param message SInt64Array message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.SInt64Array.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SInt64Array message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.SInt64Array & sluice.SInt64Array.$Shape} SInt64Array
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.SInt64Array & sluice.SInt64Array.$Shape;
    }

    namespace SInt64Array {

        /** Properties of a SInt64Array. */
        interface $Properties {

            /** SInt64Array data */
            data?: ((number|Long)[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SInt64Array. */
        type $Shape = sluice.SInt64Array.$Properties;
    }

    /**
     * Properties of a StringArray.
     * @deprecated Use sluice.StringArray.$Properties instead.
     */
    interface IStringArray extends sluice.StringArray.$Properties {
    }

    /** Represents a StringArray. */
    class StringArray {

        /**
         * Constructs a new StringArray.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.StringArray.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StringArray data. */
        data: string[];

        /**
         * Creates a new StringArray instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StringArray instance
         */
        static create(properties: sluice.StringArray.$Shape): sluice.StringArray & sluice.StringArray.$Shape;
        static create(properties?: sluice.StringArray.$Properties): sluice.StringArray;

        /**
         * Encodes the specified StringArray message. Does not implicitly {@link sluice.StringArray.verify|verify} messages.
         * @param message StringArray message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.StringArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StringArray message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.StringArray & sluice.StringArray.$Shape} StringArray
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.StringArray & sluice.StringArray.$Shape;
    }

    namespace StringArray {

        /** Properties of a StringArray. */
        interface $Properties {

            /** StringArray data */
            data?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StringArray. */
        type $Shape = sluice.StringArray.$Properties;
    }

    /**
     * Properties of a WidgetState.
     * @deprecated Use sluice.WidgetState.$Properties instead.
     */
    interface IWidgetState extends sluice.WidgetState.$Properties {
    }

    /** Represents a WidgetState. */
    class WidgetState {

        /**
         * Constructs a new WidgetState.
         * @param [properties] Properties to set
         */
        constructor(properties?: sluice.WidgetState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WidgetState id. */
        id: string;

        /** WidgetState triggerValue. */
        triggerValue?: (boolean|null);

        /** WidgetState boolValue. */
        boolValue?: (boolean|null);

        /** WidgetState doubleValue. */
        doubleValue?: (number|null);

        /** WidgetState intValue. */
        intValue?: (number|Long|null);

        /** WidgetState stringValue. */
        stringValue?: (string|null);

        /** WidgetState doubleArrayValue. */
        doubleArrayValue?: (sluice.DoubleArray.$Properties|null);

        /** WidgetState intArrayValue. */
        intArrayValue?: (sluice.SInt64Array.$Properties|null);

        /** WidgetState stringArrayValue. */
        stringArrayValue?: (sluice.StringArray.$Properties|null);

        /** WidgetState jsonValue. */
        jsonValue?: (string|null);

        /** WidgetState value. */
        value?: ("triggerValue"|"boolValue"|"doubleValue"|"intValue"|"stringValue"|"doubleArrayValue"|"intArrayValue"|"stringArrayValue"|"jsonValue");

        /**
         * Creates a new WidgetState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WidgetState instance
         */
        static create(properties: sluice.WidgetState.$Shape): sluice.WidgetState & sluice.WidgetState.$Shape;
        static create(properties?: sluice.WidgetState.$Properties): sluice.WidgetState;

        /**
         * Encodes the specified WidgetState message. Does not implicitly {@link sluice.WidgetState.verify|verify} messages.
         * @param message WidgetState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: sluice.WidgetState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WidgetState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {sluice.WidgetState & sluice.WidgetState.$Shape} WidgetState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.WidgetState & sluice.WidgetState.$Shape;
    }

    namespace WidgetState {

        /** Properties of a WidgetState. */
        interface $Properties {

            /** WidgetState id */
            id?: (string|null);

            /** WidgetState triggerValue */
            triggerValue?: (boolean|null);

            /** WidgetState boolValue */
            boolValue?: (boolean|null);

            /** WidgetState doubleValue */
            doubleValue?: (number|null);

            /** WidgetState intValue */
            intValue?: (number|Long|null);

            /** WidgetState stringValue */
            stringValue?: (string|null);

            /** WidgetState doubleArrayValue */
            doubleArrayValue?: (sluice.DoubleArray.$Properties|null);

            /** WidgetState intArrayValue */
            intArrayValue?: (sluice.SInt64Array.$Properties|null);

            /** WidgetState stringArrayValue */
            stringArrayValue?: (sluice.StringArray.$Properties|null);

            /** WidgetState jsonValue */
            jsonValue?: (string|null);

            /** WidgetState value */
            value?: ("triggerValue"|"boolValue"|"doubleValue"|"intValue"|"stringValue"|"doubleArrayValue"|"intArrayValue"|"stringArrayValue"|"jsonValue");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a WidgetState. */
        type $Shape = {
          id?: string|null;
          triggerValue?: boolean|null;
          boolValue?: boolean|null;
          doubleValue?: number|null;
          intValue?: number|Long|null;
          stringValue?: string|null;
          doubleArrayValue?: sluice.DoubleArray.$Shape|null;
          intArrayValue?: sluice.SInt64Array.$Shape|null;
          stringArrayValue?: sluice.StringArray.$Shape|null;
          jsonValue?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "triggerValue"; triggerValue: boolean; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "boolValue"; triggerValue?: null; boolValue: boolean; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "doubleValue"; triggerValue?: null; boolValue?: null; doubleValue: number; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "intValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue: number|Long; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "stringValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue: string; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "doubleArrayValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue: sluice.DoubleArray.$Shape; intArrayValue?: null; stringArrayValue?: null; jsonValue?: null }|{ value?: "intArrayValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue: sluice.SInt64Array.$Shape; stringArrayValue?: null; jsonValue?: null }|{ value?: "stringArrayValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue: sluice.StringArray.$Shape; jsonValue?: null }|{ value?: "jsonValue"; triggerValue?: null; boolValue?: null; doubleValue?: null; intValue?: null; stringValue?: null; doubleArrayValue?: null; intArrayValue?: null; stringArrayValue?: null; jsonValue: string })
        );
    }
}
